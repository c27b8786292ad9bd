namespace Bot.Core.Messaging;

/// <summary>A text message, commands included; <see cref="ReplyTo"/> is the bot's message it answers, if any;
/// <see cref="ThreadId"/> the forum topic it was written in.</summary>
public sealed record IncomingText(long ChatId, ChatUser From, int MessageId, string Text, int? ReplyTo = null, int? ThreadId = null)
    : Incoming(ChatId, From);
