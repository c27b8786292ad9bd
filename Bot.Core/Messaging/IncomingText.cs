namespace Bot.Core.Messaging;

/// <summary>A text message, commands included; <see cref="ReplyTo"/> is the bot's message it answers, if any.</summary>
public sealed record IncomingText(long ChatId, ChatUser From, int MessageId, string Text, int? ReplyTo = null)
    : Incoming(ChatId, From);
