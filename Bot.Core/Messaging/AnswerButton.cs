namespace Bot.Core.Messaging;

/// <summary>Stops the spinner on a pressed button, with an optional short notice (Telegram takes at most
/// 200 characters; a longer one is a programming error, refused here rather than by Telegram).</summary>
public sealed record AnswerButton : Outgoing
{
    public AnswerButton(string callbackId, string? notice = null)
    {
        if (notice is { Length: > MessageLimits.CallbackNoticeLength })
        {
            throw new ArgumentException($"A button notice holds at most {MessageLimits.CallbackNoticeLength} characters, got {notice.Length}.", nameof(notice));
        }

        CallbackId = callbackId;
        Notice = notice;
    }

    public string CallbackId { get; }

    public string? Notice { get; }
}
