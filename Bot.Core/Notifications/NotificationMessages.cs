using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Notifications;

/// <summary>A notification as each recipient gets it: its text, and the buttons its kind asks for — «Ознакомлен»,
/// the file to open, «Согласовать» / «Отклонить» for those with the right to approve.</summary>
public static class NotificationMessages
{
    public static SendText For(Notification notification, string companyName, AudienceMember member, bool reminder = false)
    {
        var texts = Texts.For(member.LanguageCode).Notifications;
        var html = texts.Message(notification, companyName, member.CanApprove);
        return new SendText(member.UserId, reminder ? texts.Reminder + "\n\n" + html : html, Keys(notification, texts, member.CanApprove));
    }

    public static Keyboard Keys(Notification notification, NotificationTexts texts, bool mayApprove)
    {
        var rows = new List<IReadOnlyList<Button>>();
        if (notification.File is { } file)
        {
            rows.Add([NotificationButtons.Of(ButtonText.Fit(texts.OpenFileButton(file.Name)), 'o', notification.Id)]);
        }

        if (notification.Kind == NotificationKind.Read)
        {
            rows.Add([NotificationButtons.Of(texts.ReadButton, 'r', notification.Id)]);
        }

        if (notification.Kind == NotificationKind.Approval && mayApprove)
        {
            rows.Add([NotificationButtons.Of(texts.ApproveButton, 'a', notification.Id), NotificationButtons.Of(texts.DeclineButton, 'd', notification.Id)]);
        }

        return Keyboard.Of([.. rows]);
    }
}
