using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Onboarding;

/// <summary>Within working hours of a working day: a head whose card is still unanswered the next working day after the start
/// is reminded (the card again), and after <see cref="OnboardingOptions.EscalateAfterWorkingDays"/> working days the
/// administrators are told. Each happens once per department, whichever instance runs it (a conditional update marks it).</summary>
public sealed class OnboardingReminders(
    IOnboardings onboardings, ClientOnboarding onboarding, IWorkCalendarSource calendars, IOptions<OnboardingOptions> options, IOptions<AdministratorsOptions> administrators)
{
    public async Task<IReadOnlyList<Outgoing>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var today = DateOnly.FromDateTime(calendar.ToFirmTime(now).DateTime);
        if (!calendar.IsWorkingDay(today) || now < calendar.StartOfWorkingDay(today) || now >= calendar.EndOfWorkingDay(today))
        {
            return [];
        }

        var escalateAfter = options.Value.EscalateAfterWorkingDays;
        var replies = new List<Outgoing>();
        foreach (var waiting in await onboardings.WaitingAsync(cancellationToken))
        {
            var days = calendar.CountWorkingDays(DateOnly.FromDateTime(calendar.ToFirmTime(waiting.StartedAt).DateTime), today);
            if (days >= 1 && !waiting.Reminded && await onboardings.MarkRemindedAsync(waiting.CompanyId, waiting.DepartmentId, now, cancellationToken))
            {
                replies.AddRange(await onboarding.CardsAsync(waiting.CompanyId, waiting.DepartmentId, (texts, card) => texts.Onboarding.Reminder(card), cancellationToken));
            }

            if (days >= escalateAfter && !waiting.Escalated && await onboardings.MarkEscalatedAsync(waiting.CompanyId, waiting.DepartmentId, now, cancellationToken)
                && await onboardings.FindAsync(waiting.CompanyId, waiting.DepartmentId, cancellationToken) is { } card)
            {
                var told = await onboardings.AdministratorsAsync([.. administrators.Value.UserIds], cancellationToken);
                replies.AddRange(told.Select(admin => new SendText(admin.UserId, Texts.For(admin.LanguageCode).Onboarding.Escalation(card, days),
                    Keyboard.Of([OnboardingButtons.Of(Texts.For(admin.LanguageCode).Onboarding.AppointButton, 'a', waiting.CompanyId, waiting.DepartmentId, 0)]))));
            }
        }

        return replies;
    }
}
