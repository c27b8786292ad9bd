using Bot.Core.Drive;
using Bot.Core.Requests;

namespace Bot.Core.Tests.Builders;

/// <summary>Drives held in memory, with the audit as a list; the PostgreSQL drive has its own tests.</summary>
internal sealed class InMemoryDrive : IDrive, IDownloadReport
{
    private readonly List<DriveDocument> documents = [];

    public List<(DriveAction Action, long UserId, long? DocumentId)> Audit { get; } = [];

    public IReadOnlyList<DriveDocument> Documents => documents;

    public Task<DocumentPage> ListAsync(int companyId, DriveFolder folder, int offset, int limit, TaskActor viewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Audit.Add((DriveAction.List, viewer.UserId, null));
        var found = documents.Where(d => d.CompanyId == companyId && d.Folder == folder && !d.Archived).OrderByDescending(d => d.Id).ToList();
        return Task.FromResult(new DocumentPage([.. found.Skip(offset).Take(limit)], found.Count));
    }

    public Task<DriveDocument?> FindAsync(long documentId, CancellationToken cancellationToken) =>
        Task.FromResult(documents.FirstOrDefault(d => d.Id == documentId));

    public Task RecordDownloadAsync(DriveDocument document, TaskActor reader, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Audit.Add((DriveAction.Download, reader.UserId, document.Id));
        return Task.CompletedTask;
    }

    public Task<long> AddAsync(int companyId, DriveFolder folder, DraftFile file, TaskActor uploader, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = documents.Count + 1L;
        documents.Add(new DriveDocument(id, companyId, folder, new StoredFileRef(file.Id, file.Name, "application/pdf", file.Kind, new string('c', 64), "tg-" + file.Name), file.Size, uploader.Name, now, false));
        Audit.Add((DriveAction.Upload, uploader.UserId, id));
        return Task.FromResult(id);
    }

    public Task<bool> ArchiveAsync(DriveDocument document, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        documents[documents.IndexOf(document)] = document with { Archived = true };
        Audit.Add((DriveAction.Archive, actor.UserId, document.Id));
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<DriveRecipient>> RecipientsAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DriveRecipient>>([]);

    public Task<DownloadReportFile> BuildAsync(DateOnly from, DateOnly to, int? companyId, long requestedBy, CancellationToken cancellationToken) =>
        Task.FromResult(new DownloadReportFile(new StoredFileRef(99, "downloads.xlsx", "application/xlsx", Bot.Core.Messaging.FileKind.Document, new string('d', 64), null), Audit.Count(a => a.Action == DriveAction.Download)));
}
