namespace Bot.Storage.Files;

/// <summary>Bytes that uploads' rows name: how many rows, the first of them and one of their file names.</summary>
public sealed record NamedContent(string Sha256, long Rows, long FirstId, string FileName);
