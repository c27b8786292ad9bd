using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Notifications;

namespace Bot.Core.Agenda;

/// <summary>Tells a company's employees in the bot, each in their language, of a new, moved or cancelled event, or reminds them of one.</summary>
public sealed class EventNotices(INotifications notifications)
{
    public async Task<IReadOnlyList<Outgoing>> ToEmployeesAsync(int companyId, Func<CalendarTexts, string> html, CancellationToken cancellationToken) =>
        [.. (await notifications.AudienceAsync(companyId, cancellationToken)).Select(member =>
            new SendText(member.UserId, html(Texts.For(member.LanguageCode).Calendar)))];
}
