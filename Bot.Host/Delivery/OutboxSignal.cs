namespace Bot.Host.Delivery;

/// <summary>New replies are in the outbox.</summary>
internal sealed class OutboxSignal : WakeSignal;
