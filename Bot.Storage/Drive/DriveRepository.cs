using Bot.Core.Drive;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Connection;

namespace Bot.Storage.Drive;

/// <summary>Companies' drives in the update's transaction: each action and its audit row commit together.</summary>
public sealed class DriveRepository(DbSession session) : IDrive
{
    /// <summary>Which process served an action, as the audit records it.</summary>
    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    private const string Audit = """
        INSERT INTO drive_audit (at, user_id, user_name, company_id, folder, document_id, file_name, action, instance)
        VALUES (@Now, @UserId, coalesce((SELECT full_name FROM staff WHERE telegram_user_id = @UserId),
                                        (SELECT full_name FROM client_employees WHERE telegram_user_id = @UserId), @UserName),
                @CompanyId, @Folder, @DocumentId, @FileName, @Action, @Instance)
        """;

    public async Task<DocumentPage> ListAsync(int companyId, DriveFolder folder, int offset, int limit, TaskActor viewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT d.id, f.company_id, f.kind AS folder, s.id AS file_id, s.file_name, s.mime_type, s.sent_as, s.sha256, s.telegram_file_id, s.size_bytes,
                   d.uploaded_by_name, d.created_at, d.archived_at IS NOT NULL AS archived, count(*) OVER () AS total
            FROM drive_documents d
            JOIN drive_folders f ON f.id = d.folder_id
            JOIN stored_files s ON s.id = d.stored_file_id
            WHERE f.company_id = @CompanyId AND f.kind = @Folder AND d.archived_at IS NULL
            ORDER BY d.id DESC
            OFFSET @Offset LIMIT @Limit
            """;
        var rows = (await session.QueryAsync<DocumentRow>(sql, new { CompanyId = companyId, Folder = DriveFolderCodes.Of(folder), Offset = offset, Limit = limit }, cancellationToken)).ToList();
        await AuditAsync(DriveAction.List, companyId, folder, null, null, viewer, now, cancellationToken);
        return new DocumentPage([.. rows.Select(row => row.ToDocument())], rows.Count > 0 ? (int)rows[0].Total : await CountAsync(companyId, folder, cancellationToken));
    }

    public async Task<DriveDocument?> FindAsync(long documentId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT d.id, f.company_id, f.kind AS folder, s.id AS file_id, s.file_name, s.mime_type, s.sent_as, s.sha256, s.telegram_file_id, s.size_bytes,
                   d.uploaded_by_name, d.created_at, d.archived_at IS NOT NULL AS archived, 1::bigint AS total
            FROM drive_documents d
            JOIN drive_folders f ON f.id = d.folder_id
            JOIN stored_files s ON s.id = d.stored_file_id
            WHERE d.id = @DocumentId
            """;
        return (await session.QuerySingleOrDefaultAsync<DocumentRow>(sql, new { DocumentId = documentId }, cancellationToken))?.ToDocument();
    }

    public Task RecordDownloadAsync(DriveDocument document, TaskActor reader, DateTimeOffset now, CancellationToken cancellationToken) =>
        AuditAsync(DriveAction.Download, document.CompanyId, document.Folder, document.Id, document.File.Name, reader, now, cancellationToken);

    public async Task<long> AddAsync(int companyId, DriveFolder folder, DraftFile file, TaskActor uploader, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO drive_documents (folder_id, stored_file_id, uploaded_by, uploaded_by_name, created_at)
            SELECT f.id, @FileId, @UserId,
                   coalesce((SELECT full_name FROM staff WHERE telegram_user_id = @UserId),
                            (SELECT full_name FROM client_employees WHERE telegram_user_id = @UserId), @UserName), @Now
            FROM drive_folders f WHERE f.company_id = @CompanyId AND f.kind = @Folder
            RETURNING id
            """;
        var id = (await session.QueryAsync<long>(sql, new
        {
            FileId = file.Id, uploader.UserId, UserName = uploader.Name, Now = now, CompanyId = companyId, Folder = DriveFolderCodes.Of(folder),
        }, cancellationToken)).Single();
        await AuditAsync(DriveAction.Upload, companyId, folder, id, file.Name, uploader, now, cancellationToken);
        return id;
    }

    public async Task<bool> ArchiveAsync(DriveDocument document, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE drive_documents SET archived_at = @Now, archived_by_name = @UserName WHERE id = @DocumentId AND archived_at IS NULL
            """;
        if (await session.ExecuteAsync(sql, new { DocumentId = document.Id, UserName = actor.Name, Now = now }, cancellationToken) == 0)
        {
            return false;
        }

        await AuditAsync(DriveAction.Archive, document.CompanyId, document.Folder, document.Id, document.File.Name, actor, now, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<DriveRecipient>> RecipientsAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.telegram_user_id AS user_id, u.language_code
            FROM memberships m
            JOIN client_employees e ON e.id = m.employee_id AND e.telegram_user_id IS NOT NULL
            LEFT JOIN telegram_users u ON u.id = e.telegram_user_id
            WHERE m.company_id = @CompanyId AND m.can_see_documents
            ORDER BY e.id
            """;
        return [.. await session.QueryAsync<DriveRecipient>(sql, new { CompanyId = companyId }, cancellationToken)];
    }

    private async Task<int> CountAsync(int companyId, DriveFolder folder, CancellationToken cancellationToken) =>
        (await session.QueryAsync<int>(
            "SELECT count(*)::int FROM drive_documents d JOIN drive_folders f ON f.id = d.folder_id WHERE f.company_id = @CompanyId AND f.kind = @Folder AND d.archived_at IS NULL",
            new { CompanyId = companyId, Folder = DriveFolderCodes.Of(folder) }, cancellationToken)).Single();

    private async Task AuditAsync(DriveAction action, int companyId, DriveFolder folder, long? documentId, string? fileName, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(Audit, new
        {
            Now = now, actor.UserId, UserName = actor.Name, CompanyId = companyId, Folder = DriveFolderCodes.Of(folder), DocumentId = documentId,
            FileName = fileName, Action = action.ToString().ToLowerInvariant(), Instance,
        }, cancellationToken);

    private sealed record DocumentRow(
        long Id, int CompanyId, string Folder, long FileId, string FileName, string MimeType, string SentAs, string Sha256, string? TelegramFileId, long SizeBytes,
        string UploadedByName, DateTime CreatedAt, bool Archived, long Total)
    {
        public DriveDocument ToDocument() => new(
            Id, CompanyId, DriveFolderCodes.Parse(Folder),
            new StoredFileRef(FileId, FileName, MimeType, SentAs == "photo" ? FileKind.Photo : FileKind.Document, Sha256, TelegramFileId),
            SizeBytes, UploadedByName, new DateTimeOffset(CreatedAt, TimeSpan.Zero), Archived);
    }
}
