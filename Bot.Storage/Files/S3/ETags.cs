namespace Bot.Storage.Files.S3;

/// <summary>An object's ETag is the MD5 of its bytes when it was uploaded in one part without KMS encryption
/// (32 hex digits, quoted); multipart and encrypted objects have other ETags, which say nothing of the bytes.</summary>
internal static class ETags
{
    public static bool IsPlainMd5(string? etag) => etag is not null && etag.Trim('"') is { Length: 32 } hex && hex.All(char.IsAsciiHexDigit);

    public static bool Matches(string? etag, string md5Base64) =>
        etag is not null && string.Equals(etag.Trim('"'), Convert.ToHexStringLower(Convert.FromBase64String(md5Base64)), StringComparison.OrdinalIgnoreCase);
}
