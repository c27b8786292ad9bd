namespace Bot.Storage.Files;

/// <summary>Bytes in the content store no longer match the SHA-256 they are kept under: altered or damaged where
/// they are kept. Final: reading them again gives the same wrong bytes, and they are never handed to a user.</summary>
public sealed class ContentCorruptedException(string expected, string actual)
    : IOException($"The stored bytes of {ContentName.Abbreviated(expected)} hash to {ContentName.Abbreviated(actual)}: altered or damaged in the content store")
{
    public string Expected { get; } = expected;

    public string Actual { get; } = actual;
}
