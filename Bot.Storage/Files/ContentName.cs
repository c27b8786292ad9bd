namespace Bot.Storage.Files;

/// <summary>Names in the content store: a SHA-256 in lower-case hex, checked before it reaches a path or a key.</summary>
public static class ContentName
{
    public static bool IsValid(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);

    public static string Checked(string sha256) =>
        IsValid(sha256) ? sha256 : throw new ArgumentException("Not a SHA-256 in lower-case hex.", nameof(sha256));

    /// <summary>For logs: enough to find the object, short enough to read.</summary>
    public static string Abbreviated(string sha256) => sha256.Length > 12 ? sha256[..12] + "…" : sha256;
}
