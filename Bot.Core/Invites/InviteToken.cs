using System.Security.Cryptography;

namespace Bot.Core.Invites;

/// <summary>An invite's secret: 128 random bits written as 22 characters of [A-Za-z0-9_-], which Telegram
/// passes as a /start payload (at most 64 such characters). Only its hash is stored.</summary>
public static class InviteToken
{
    /// <summary>How long an invite stays valid unless told otherwise.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(16));

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));

    /// <summary>Whether a /start payload could be a token at all (a cheap check before the database).</summary>
    public static bool LooksValid(string payload) =>
        payload.Length == 22 && payload.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
