using System.Globalization;

namespace Bot.Core.Localization;

/// <summary>A file's size as people read it: bytes, KB or MB with one decimal.</summary>
public static class FileSize
{
    public static string Russian(long bytes) => Format(bytes, "Б", "КБ", "МБ", ",");

    public static string English(long bytes) => Format(bytes, "B", "KB", "MB", ".");

    private static string Format(long bytes, string b, string kb, string mb, string point) => bytes switch
    {
        < 1024 => $"{bytes} {b}",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture).Replace(".", point, StringComparison.Ordinal) + " " + kb,
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture).Replace(".", point, StringComparison.Ordinal) + " " + mb,
    };
}
