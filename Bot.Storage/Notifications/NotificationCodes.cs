using Bot.Core.Notifications;

namespace Bot.Storage.Notifications;

/// <summary>How kinds and states are spelled in <c>notifications</c> and <c>notification_recipients</c>.</summary>
internal static class NotificationCodes
{
    public static string Of(NotificationKind kind) => kind switch
    {
        NotificationKind.Info => "info",
        NotificationKind.Read => "read",
        NotificationKind.File => "file",
        _ => "approval",
    };

    public static NotificationKind Kind(string code) => code switch
    {
        "info" => NotificationKind.Info,
        "read" => NotificationKind.Read,
        "file" => NotificationKind.File,
        _ => NotificationKind.Approval,
    };

    public static string Of(RecipientState state) => state.ToString().ToLowerInvariant();

    public static RecipientState State(string code) => Enum.Parse<RecipientState>(code, ignoreCase: true);
}
