namespace Bot.Storage.Outbox;

/// <summary>What a chat is told when a message to it ends undelivered, in both languages (the chat's user's
/// language is looked up where the row is ended).</summary>
public sealed record FailureNotice(string Russian, string English);
