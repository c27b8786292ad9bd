namespace Bot.Core.Messaging;

/// <summary>Something a user did in a chat with the bot.</summary>
public abstract record Incoming(long ChatId, ChatUser From);
