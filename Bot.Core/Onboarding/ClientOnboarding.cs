using Bot.Core.Access;
using Bot.Core.Deadlines;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Microsoft.Extensions.Options;

namespace Bot.Core.Onboarding;

/// <summary>The onboarding process, the same for the bot and the commands: starting it sends each chosen department's head
/// a card «Назначьте менеджера проекта»; appointing a PM tells them, and the last appointment tells the starter and the
/// PMs that the company is active. The messages are returned to be written with the change, in one transaction.</summary>
public sealed class ClientOnboarding(IOnboardings onboardings, IOptions<AdministratorsOptions> administrators)
{
    public async Task<(int CompanyId, IReadOnlyList<Outgoing> Cards)> StartAsync(NewClient client, TaskActor starter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var companyId = await onboardings.StartAsync(client, starter, now, cancellationToken);
        var cards = new List<Outgoing>();
        foreach (var departmentId in client.DepartmentIds)
        {
            cards.AddRange(await CardsAsync(companyId, departmentId, (texts, step) => texts.Onboarding.Card(step), cancellationToken));
        }

        return (companyId, cards);
    }

    /// <summary>A department's card for whoever should act on it now (with <paramref name="heading"/> choosing the words:
    /// the first card, or its reminder).</summary>
    public async Task<IReadOnlyList<Outgoing>> CardsAsync(int companyId, int departmentId, Func<Texts, OnboardingStep, string> heading, CancellationToken cancellationToken)
    {
        if (await onboardings.FindAsync(companyId, departmentId, cancellationToken) is not { } step)
        {
            return [];
        }

        var recipients = await onboardings.CardRecipientsAsync(departmentId, [.. administrators.Value.UserIds], cancellationToken);
        return [.. recipients.Select(recipient =>
        {
            var texts = Texts.For(recipient.LanguageCode);
            return new SendText(recipient.UserId, heading(texts, step), Keyboard.Of([OnboardingButtons.Of(texts.Onboarding.AppointButton, 'a', companyId, departmentId, 0)]));
        })];
    }

    /// <summary>Appoints the department's PM; the outcome and the notices it makes (the PM; on activation the starter and every PM).</summary>
    public async Task<(AppointOutcome Outcome, IReadOnlyList<Outgoing> Notices)> AppointAsync(
        int companyId, int departmentId, int staffId, string projectName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = await onboardings.AppointAsync(companyId, departmentId, staffId, projectName, now, cancellationToken);
        if (outcome is not AppointOutcome.Appointed appointed)
        {
            return (outcome, []);
        }

        var step = (await onboardings.FindAsync(companyId, departmentId, cancellationToken))!;
        var notices = new List<Outgoing>();
        if (await onboardings.StaffRecipientAsync(staffId, cancellationToken) is { } pm)
        {
            notices.Add(new SendText(pm.UserId, Texts.For(pm.LanguageCode).Onboarding.YouAreAppointed(step.CompanyName, projectName, appointed.IsMain)));
        }

        if (appointed.CompanyActivated)
        {
            foreach (var recipient in await onboardings.CompletionAudienceAsync(companyId, cancellationToken))
            {
                notices.Add(new SendText(recipient.UserId, Texts.For(recipient.LanguageCode).Onboarding.Activated(step.CompanyName)));
            }
        }

        return (outcome, notices);
    }
}
