namespace Bot.Host.Delivery;

/// <summary>New updates are in the inbox.</summary>
internal sealed class InboxSignal : WakeSignal;
