using Bot.Core.Messaging;
using Bot.Storage.Connection;

namespace Bot.Storage.Files;

/// <summary>Uploads' metadata, written in the scope's <see cref="DbSession"/> with the change they belong to
/// (a request, a drive upload); the bytes must already be in the <see cref="IContentStore"/>.</summary>
public sealed class StoredFileRepository(DbSession session)
{
    public async Task<long> RecordAsync(NewStoredFile file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO stored_files (sha256, size_bytes, file_name, mime_type, sent_as, uploaded_by, company_id, telegram_file_id, telegram_unique_id, created_at)
            VALUES (@Sha256, @Size, @FileName, @MimeType, @SentAs, @UploadedBy, @CompanyId, @TelegramFileId, @TelegramUniqueId, @Now)
            RETURNING id
            """;
        return (await session.QueryAsync<long>(sql, new
        {
            file.Content.Sha256, file.Content.Size, file.FileName, file.MimeType, SentAs = file.SentAs == FileKind.Photo ? "photo" : "document",
            file.UploadedBy, file.CompanyId, file.TelegramFileId, file.TelegramUniqueId, Now = now,
        }, cancellationToken)).Single();
    }

    public async Task<StoredFile?> FindAsync(long id, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT id, sha256, size_bytes, file_name, mime_type, uploaded_by, company_id, telegram_file_id, telegram_unique_id
            FROM stored_files WHERE id = @Id
            """;
        return await session.QuerySingleOrDefaultAsync<StoredFile>(sql, new { Id = id }, cancellationToken);
    }
}
