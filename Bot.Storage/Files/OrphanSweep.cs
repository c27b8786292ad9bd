namespace Bot.Storage.Files;

/// <summary>What one sweep did: objects looked at, those older than the grace period, those removed.</summary>
public sealed record OrphanSweep(int Examined, int PastGrace, int Removed);
