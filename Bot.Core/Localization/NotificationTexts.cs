using System.Globalization;
using Bot.Core.Notifications;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

/// <summary>The typed notifications' words. HTML with everything inserted escaped.</summary>
public abstract class NotificationTexts
{
    /// <summary>How much of a notification's text its card and list show.</summary>
    private const int ShownOnCard = 1000;

    public abstract string NewButton { get; }

    public abstract string ListButton { get; }

    public abstract string ReadButton { get; }

    public abstract string ApproveButton { get; }

    public abstract string DeclineButton { get; }

    public abstract string NoCommentButton { get; }

    public abstract string NoFileButton { get; }

    public abstract string RefreshButton { get; }

    public abstract string KindName(NotificationKind kind);

    public abstract string OpenFileButton(string fileName);

    public abstract string AllButton(int count);

    public abstract string OnlyButton(string name);

    /// <summary>The notification as its recipient reads it; <paramref name="mayApprove"/> false tells an approval's reader that others approve.</summary>
    public string Message(Notification notification, string companyName, bool mayApprove) =>
        $"📢 <b>{Title(companyName)}</b>\n\n{Escape(notification.Body)}{Attached(notification.File?.Name)}\n\n<i>{Hint(notification.Kind, mayApprove)}</i>";

    public abstract string Reminder { get; }

    public abstract string StatusLine(RecipientState state, DateTimeOffset firmTime, string? comment);

    public abstract string AlreadyAnswered { get; }

    public abstract string DeclinePrompt { get; }

    public abstract string ChooseKind(string companyName);

    public abstract string TextPrompt(NotificationKind kind);

    public abstract string FilePrompt(bool required);

    public abstract string ChooseRecipients(int count);

    public abstract string NoAudience { get; }

    public abstract string TooLong(int limit);

    public abstract string AnswerToSender(string name, RecipientState state, long id, string? comment);

    public abstract string List(string companyName, int total);

    public string ListItem(NotificationSummary summary) =>
        $"№{summary.Id} · {KindName(summary.Kind)} · {summary.Recipients - summary.Waiting}/{summary.Recipients}";

    /// <summary>The sender's card: the notification and each recipient's state with its time in the firm's zone.</summary>
    public string Card(Notification notification, string companyName, Func<DateTimeOffset, DateTimeOffset> toFirmTime)
    {
        var body = notification.Body.Length <= ShownOnCard ? notification.Body : notification.Body[..(ShownOnCard - 1)] + "…";
        var head = $"<b>{CardTitle(notification.Id)} · {KindName(notification.Kind)}</b>\n{Escape(companyName)} · {When(toFirmTime(notification.CreatedAt))} · {Escape(notification.CreatedByName)}";
        var recipients = notification.Recipients.Select(r => $"• {Escape(r.Name)} — {RecipientLine(notification.Kind, r, toFirmTime)}");
        return $"{head}\n\n{Escape(body)}{Attached(notification.File?.Name)}\n\n{RecipientsTitle}\n{string.Join('\n', recipients)}";
    }

    protected abstract string RecipientsTitle { get; }

    protected abstract string Waiting { get; }

    protected abstract string Delivered { get; }

    protected abstract string Title(string companyName);

    protected abstract string CardTitle(long id);

    protected abstract string Hint(NotificationKind kind, bool mayApprove);

    protected static string When(DateTimeOffset firmTime) => firmTime.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    protected static string Attached(string? fileName) => fileName is null ? "" : $"\n📎 {Escape(fileName)}";

    private string RecipientLine(NotificationKind kind, NotificationRecipient recipient, Func<DateTimeOffset, DateTimeOffset> toFirmTime) => recipient switch
    {
        { State: RecipientState.Sent } => kind == NotificationKind.Info ? Delivered : Waiting,
        { AnsweredAt: { } at } => StatusLine(recipient.State, toFirmTime(at), recipient.Comment),
        _ => Waiting,
    };
}
