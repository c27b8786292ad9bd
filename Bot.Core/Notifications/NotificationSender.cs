using Bot.Core.Access;
using Bot.Core.Messaging;

namespace Bot.Core.Notifications;

/// <summary>Stores a notification with its recipients and writes each recipient's message, in one transaction;
/// an imported line already sent (same import key) sends nothing.</summary>
public sealed class NotificationSender(INotifications notifications, IClientCompanies companies)
{
    public async Task<(Notification? Sent, IReadOnlyList<Outgoing> Messages)> SendAsync(NewNotification draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await notifications.CreateAsync(draft, now, cancellationToken) is not { } id
            || await notifications.FindAsync(id, cancellationToken) is not { } sent)
        {
            return (null, []);
        }

        var companyName = await companies.NameOfAsync(draft.CompanyId, cancellationToken);
        return (sent, [.. draft.Recipients.Select(member => NotificationMessages.For(sent, companyName, member))]);
    }

    public Task<string> CompanyNameAsync(int companyId, CancellationToken cancellationToken) =>
        companies.NameOfAsync(companyId, cancellationToken);
}
