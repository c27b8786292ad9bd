using System.Security.Cryptography;

namespace Bot.Storage.Files;

/// <summary>The check every read passes: the bytes' SHA-256 must be the name they are kept under.</summary>
internal static class ContentHash
{
    public static async Task VerifyAsync(Stream content, string expected, CancellationToken cancellationToken)
    {
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        if (actual != expected)
        {
            throw new ContentCorruptedException(expected, actual);
        }
    }
}
