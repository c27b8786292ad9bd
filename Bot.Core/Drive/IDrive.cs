using Bot.Core.Requests;

namespace Bot.Core.Drive;

/// <summary>Companies' drives, in the current transaction; each action writes its audit row with it.
/// Callers check access first: nothing refused is ever audited.</summary>
public interface IDrive
{
    /// <summary>A page of the folder's documents (not archived), newest first; audited as a listing.</summary>
    Task<DocumentPage> ListAsync(int companyId, DriveFolder folder, int offset, int limit, TaskActor viewer, DateTimeOffset now, CancellationToken cancellationToken);

    Task<DriveDocument?> FindAsync(long documentId, CancellationToken cancellationToken);

    /// <summary>Audits a download of the document.</summary>
    Task RecordDownloadAsync(DriveDocument document, TaskActor reader, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts a stored file into the folder; audited as an upload. The document's id.</summary>
    Task<long> AddAsync(int companyId, DriveFolder folder, DraftFile file, TaskActor uploader, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes the document out of the client's view (it stays stored and audited); false if it already was.</summary>
    Task<bool> ArchiveAsync(DriveDocument document, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The company's employees in the bot who may see its documents.</summary>
    Task<IReadOnlyList<DriveRecipient>> RecipientsAsync(int companyId, CancellationToken cancellationToken);
}
