namespace Bot.Core.Messaging;

/// <summary>A text message, commands included.</summary>
public sealed record IncomingText(long ChatId, ChatUser From, int MessageId, string Text)
    : Incoming(ChatId, From);
