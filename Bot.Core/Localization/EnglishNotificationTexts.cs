using Bot.Core.Notifications;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishNotificationTexts : NotificationTexts
{
    public static readonly EnglishNotificationTexts Instance = new();

    private EnglishNotificationTexts()
    {
    }

    public override string NewButton => "Notification";

    public override string ListButton => "Notifications";

    public override string ReadButton => "I have read it";

    public override string ApproveButton => "Approve";

    public override string DeclineButton => "Decline";

    public override string NoCommentButton => "No comment";

    public override string NoFileButton => "No file";

    public override string RefreshButton => "Refresh";

    public override string KindName(NotificationKind kind) => kind switch
    {
        NotificationKind.Info => "Informational",
        NotificationKind.Read => "Confirm reading",
        NotificationKind.File => "Open the file",
        _ => "Needs approval",
    };

    public override string OpenFileButton(string fileName) => $"📄 Open “{fileName}”";

    public override string AllButton(int count) => $"All employees ({count})";

    public override string OnlyButton(string name) => $"Only: {name}";

    public override string Reminder => "⏰ <b>Reminder:</b> we are waiting for your answer.";

    public override string StatusLine(RecipientState state, DateTimeOffset firmTime, string? comment) => state switch
    {
        RecipientState.Read => $"✓ read {When(firmTime)}",
        RecipientState.Opened => $"✓ file opened {When(firmTime)}",
        RecipientState.Approved => $"✅ approved {When(firmTime)}",
        RecipientState.Declined => $"❌ declined {When(firmTime)}" + (string.IsNullOrEmpty(comment) ? "" : $": “{Escape(comment)}”"),
        _ => Waiting,
    };

    public override string AlreadyAnswered => "You have answered this notification already.";

    public override string DeclinePrompt => "Write why you decline, or tap “No comment”.";

    public override string ChooseKind(string companyName) => $"A new notification for {Escape(companyName)}: choose its type.";

    public override string TextPrompt(NotificationKind kind) => $"{KindName(kind)}: write the notification's text.";

    public override string FilePrompt(bool required) => required
        ? "Send the file the employees must open."
        : "Send a file for the notification, or tap “No file”.";

    public override string ChooseRecipients(int count) => $"Whom to send it to? Employees of the company in the bot: {count}.";

    public override string NoAudience => "The company has no employees in the bot: there is nobody to notify.";

    public override string TooLong(int limit) => $"The text is longer than {limit} characters: please shorten it.";

    public override string AnswerToSender(string name, RecipientState state, long id, string? comment) => state switch
    {
        RecipientState.Approved => $"✅ {Escape(name)} approved notification No. {id}.",
        _ => $"❌ {Escape(name)} declined notification No. {id}" + (string.IsNullOrEmpty(comment) ? "." : $": “{Escape(comment)}”."),
    };

    public override string List(string companyName, int total) => total == 0
        ? $"<b>Notifications — {Escape(companyName)}</b>\nNone yet."
        : $"<b>Notifications — {Escape(companyName)}</b>\n{total} in all, newest first; each button shows how many answered out of how many.";

    protected override string RecipientsTitle => "Recipients:";

    protected override string Waiting => "⏳ awaiting an answer";

    protected override string Delivered => "sent";

    protected override string Title(string companyName) => $"A notification from the firm · {Escape(companyName)}";

    protected override string CardTitle(long id) => $"Notification No. {id}";

    protected override string Hint(NotificationKind kind, bool mayApprove) => kind switch
    {
        NotificationKind.Info => "For your information.",
        NotificationKind.Read => "Please confirm that you have read it.",
        NotificationKind.File => "Open the file with the button below.",
        _ when mayApprove => "Your approval is needed.",
        _ => "Employees with the approval right approve it.",
    };
}
