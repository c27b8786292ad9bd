using Bot.Core.Calendar;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Notifications;

/// <summary>The firm's view of notifications: a notification's card with every recipient's state and time, and a
/// company's list of them. Callers check that the staff member serves the company.</summary>
public sealed class NotificationCards(INotifications notifications, NotificationSender sender, IWorkCalendarSource calendars)
{
    public const int PageSize = 8;

    public async Task<Screen> CardAsync(Notification notification, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var companyName = await sender.CompanyNameAsync(notification.CompanyId, cancellationToken);
        return new Screen(
            texts.Notifications.Card(notification, companyName, calendar.ToFirmTime),
            Keyboard.Of(
                [NotificationButtons.Of(texts.Notifications.RefreshButton, 'c', notification.Id)],
                [NotificationButtons.Of(texts.BackButton, 'l', notification.CompanyId, 0)]));
    }

    public async Task<Screen> ListAsync(int companyId, int page, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var (found, total) = await notifications.PageAsync(companyId, page * PageSize, PageSize, cancellationToken);
        var rows = found.Select(summary => (IReadOnlyList<Button>)[NotificationButtons.Of(ButtonText.Fit(texts.Notifications.ListItem(summary)), 'c', summary.Id)]);
        var pager = Pager.Row(page, PageSize, total, texts.Tasks.PreviousPageButton, texts.Tasks.NextPageButton, (text, to) => NotificationButtons.Of(text, 'l', companyId, to));
        return new Screen(
            texts.Notifications.List(await sender.CompanyNameAsync(companyId, cancellationToken), total),
            Keyboard.Of([.. rows, pager, [NotificationButtons.Of(texts.Notifications.NewButton, 'n', companyId)], [ChatButtons.Of(texts.BackButton, 'h', companyId, 0)]]));
    }
}
