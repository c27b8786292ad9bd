namespace Bot.Storage.Files;

/// <summary>One entry of the content store: its name (the SHA-256), length and when it was last stored.</summary>
public sealed record KeptObject(string Sha256, long Size, DateTimeOffset StoredAt);
