using Bot.Core.Messaging;

namespace Bot.Storage.Outbox;

/// <summary>A leased outbox row: the reply to deliver and how many times delivery was tried.</summary>
public sealed record OutboxItem(long Id, long? ChatId, Outgoing Reply, int Attempts);
