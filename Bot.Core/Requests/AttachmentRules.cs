using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>What a scan may be: a photo, or a document of a type an accounting firm reads, within the 20 MB
/// Telegram lets a bot download. Checked before anything is downloaded.</summary>
public static class AttachmentRules
{
    public const int MaxFilesPerRequest = 20;

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".jpg", ".jpeg", ".png", ".heic", ".tif", ".tiff", ".bmp", ".doc", ".docx", ".xls", ".xlsx",
        ".odt", ".ods", ".rtf", ".txt", ".csv", ".xml", ".zip", ".7z", ".rar", ".sig",
    };

    /// <summary>Why the file cannot be taken (plain text), or null when it can.</summary>
    public static string? Problem(SharedFile file, RequestFormTexts texts)
    {
        var name = NameOf(file, 0);
        if (file.Size > MessageLimits.BotDownloadBytes)
        {
            return texts.FileTooLarge(name);
        }

        var extension = Path.GetExtension(name);
        return file.Kind == FileKind.Photo || Extensions.Contains(extension)
            ? null
            : texts.FileTypeNotAccepted(extension.Length == 0 ? name : extension);
    }

    /// <summary>The name a file is kept under: its own, or for a photo (which has none) one made from the message.</summary>
    public static string NameOf(SharedFile file, int messageId) =>
        string.IsNullOrWhiteSpace(file.FileName) ? $"photo_{messageId}.jpg" : Path.GetFileName(file.FileName.Trim());
}
