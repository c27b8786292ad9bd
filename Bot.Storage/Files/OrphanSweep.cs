namespace Bot.Storage.Files;

/// <summary>What one sweep did: objects looked at, those older than the grace period, those removed, and those
/// that could not be removed this time (the next sweep tries again).</summary>
public sealed record OrphanSweep(int Examined, int PastGrace, int Removed, int Failed = 0);
