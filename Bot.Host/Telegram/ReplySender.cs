using Bot.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Bot.Host.Telegram;

/// <summary>Carries Core's replies to Telegram, one call each, in order, every call under <see cref="DeliveryRetry"/>.</summary>
internal sealed class ReplySender(ITelegramBotClient bot, DeliveryRetry retry)
{
    public async Task SendAsync(IReadOnlyList<Outgoing> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await retry.RunAsync(Describe(reply), token => SendOneAsync(reply, token), cancellationToken);
        }
    }

    private Task SendOneAsync(Outgoing reply, CancellationToken cancellationToken) => reply switch
    {
        SendText send => bot.SendMessage(send.ChatId, send.Html, ParseMode.Html, replyMarkup: KeyboardMarkup.From(send.Keyboard), cancellationToken: cancellationToken),
        EditText edit => bot.EditMessageText(edit.ChatId, edit.MessageId, edit.Html, ParseMode.Html, replyMarkup: KeyboardMarkup.From(edit.Keyboard), cancellationToken: cancellationToken),
        AnswerButton answer => bot.AnswerCallbackQuery(answer.CallbackId, answer.Notice, cancellationToken: cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply kind"),
    };

    // Names the call, never its text: message bodies are clients' data and stay out of the logs.
    private static string Describe(Outgoing reply) => reply switch
    {
        SendText send => $"a message to chat {send.ChatId}",
        EditText edit => $"an edit of message {edit.MessageId} in chat {edit.ChatId}",
        AnswerButton => "a button answer",
        _ => reply.GetType().Name,
    };
}
