using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Agenda;

/// <summary>A feed's secret: 256 random bits, URL-safe; only its SHA-256 is stored.</summary>
public static class SubscriptionToken
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>A token as <see cref="New"/> makes them: anything else is refused before the database is asked.</summary>
    public static bool LooksValid(string token) =>
        token.Length == 43 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
