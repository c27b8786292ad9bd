using Bot.Core.Messaging;

namespace Bot.Storage.Outbox;

/// <summary>A leased outbox row: the reply to deliver, how many times delivery was tried and since when the row
/// waits. <see cref="Reply"/> is null when the stored payload could not be read (<see cref="Unreadable"/> says
/// why): such a row is set aside, never left to block the others.</summary>
public sealed record OutboxItem(long Id, long? ChatId, Outgoing? Reply, int Attempts, DateTimeOffset CreatedAt, string? Unreadable = null);
