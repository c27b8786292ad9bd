namespace Bot.Storage.Files;

/// <summary>Bytes in the content store: named by their SHA-256 (lower-case hex), with their length.</summary>
public sealed record StoredContent(string Sha256, long Size);
