using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>How a flow's outcome reaches the user: a pressed button's screen is edited in place (and the
/// press answered); a typed message or a file gets a new message, since the old screen has scrolled up.</summary>
public static class FlowReplies
{
    public static List<Outgoing> Show(Incoming input, Screen screen) => input is IncomingButton press
        ? [new AnswerButton(press.CallbackId), new EditText(press.ChatId, press.MessageId, screen.Html, screen.Keyboard)]
        : [new SendText(input.ChatId, screen.Html, screen.Keyboard)];

    /// <summary>Nothing changed: a press gets the reason as its notice; a message gets it above the step's screen again.</summary>
    public static List<Outgoing> Refuse(Incoming input, string notice, Screen current) => input is IncomingButton press
        ? [new AnswerButton(press.CallbackId, notice.Length == 0 ? null : Shorten(notice))]
        : [new SendText(input.ChatId, Html.Escape(notice) + "\n\n" + current.Html, current.Keyboard)];

    public static List<Outgoing> Stale(Incoming input, Texts texts) => input is IncomingButton press
        ? [new AnswerButton(press.CallbackId, texts.StaleButton)]
        : [];

    public static List<Outgoing> End(Incoming input, string html, Keyboard? keyboard) =>
        Show(input, new Screen(html, keyboard ?? Keyboard.Of()));

    private static string Shorten(string notice) =>
        notice.Length <= MessageLimits.CallbackNoticeLength ? notice : notice[..(MessageLimits.CallbackNoticeLength - 1)] + "…";
}
