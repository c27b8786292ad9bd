namespace Bot.Core.Messaging;

/// <summary>Stops the spinner on a pressed button, with an optional short notice. Telegram takes at most 200
/// characters, and notices carry users' data (a file's name), so a longer one is shortened with «…».</summary>
public sealed record AnswerButton : Outgoing
{
    public AnswerButton(string callbackId, string? notice = null)
    {
        CallbackId = callbackId;
        Notice = notice is null ? null : ButtonText.Fit(notice, MessageLimits.CallbackNoticeLength);
    }

    public string CallbackId { get; }

    public string? Notice { get; }
}
