using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Files;

namespace Bot.Host.Telegram;

/// <summary>Takes a user's file into the firm's keeping: the bytes into the content store (once per content),
/// the upload's metadata into the update's transaction. A rolled-back transaction leaves at most bytes no row
/// points to, never a row without its bytes.</summary>
internal sealed class TelegramFileIntake(TelegramFileFetcher fetcher, StoredFileRepository files, TimeProvider time) : IFileIntake
{
    public async Task<DraftFile?> TakeAsync(IncomingFile file, int companyId, CancellationToken cancellationToken)
    {
        StoredContent content;
        try
        {
            content = await fetcher.FetchAsync(file.File, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            return null;
        }

        var name = AttachmentRules.NameOf(file.File, file.MessageId);
        var mime = file.File.MimeType ?? "application/octet-stream";
        var id = await files.RecordAsync(
            new NewStoredFile(content, name, mime, file.File.Kind, file.From.Id, companyId, file.File.FileId), time.GetUtcNow(), cancellationToken);
        return new DraftFile(id, name, content.Size, file.File.Kind);
    }
}
