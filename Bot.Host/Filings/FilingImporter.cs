using Bot.Core.Chat;
using Bot.Core.Filings;
using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Bot.Storage.Files;
using Bot.Storage.Filings;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Filings;

/// <summary>Records a checked manifest in one transaction: each filing new or moved to a status not seen before,
/// documents not kept yet taken into the store, and — for a new outcome (accepted, rejected, needs
/// clarification) — the company's employees told, their messages in the outbox with it. The same manifest again
/// changes nothing and tells nobody.</summary>
internal sealed class FilingImporter(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<FilingImportResult> ImportAsync(IReadOnlyList<ManifestLine> lines, IReadOnlyDictionary<int, string> companyNames, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        await session.BeginAsync(cancellationToken);
        var filings = services.GetRequiredService<FilingRepository>();
        var chat = services.GetRequiredService<ICompanyChat>();
        var (moved, documents) = (0, 0);
        var notices = new List<Outgoing>();
        foreach (var line in lines)
        {
            var (id, changed) = await filings.RecordAsync(
                new FilingRecord(line.ExternalId, line.CompanyId, line.Report, line.Period, line.Authority, line.SentAt, line.Status, line.StatusAt, line.Reason),
                time.GetUtcNow(), cancellationToken);
            documents += await KeepDocumentsAsync(services, filings, id, line, cancellationToken);
            if (!changed)
            {
                continue;
            }

            moved++;
            if (FilingCodes.IsOutcome(line.Status) && await filings.FindAsync(id, cancellationToken) is { Status: var now } filing && now == line.Status)
            {
                notices.AddRange(FilingNotices.For(filing, companyNames.GetValueOrDefault(line.CompanyId, ""), await chat.EmployeesAsync(line.CompanyId, cancellationToken)));
            }
        }

        await services.GetRequiredService<OutboxWriter>().EnqueueAsync(notices, time.GetUtcNow(), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new FilingImportResult(lines.Count, moved, documents, notices.Count);
    }

    private async Task<int> KeepDocumentsAsync(IServiceProvider services, FilingRepository filings, long filingId, ManifestLine line, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var document in line.Documents)
        {
            await using var content = document.Open();
            var kept = await services.GetRequiredService<IContentStore>().PutAsync(content, FilingManifest.MaxDocumentBytes, cancellationToken);
            if (await filings.HasDocumentAsync(filingId, document.Name, kept.Sha256, cancellationToken))
            {
                continue;
            }

            var storedId = await services.GetRequiredService<StoredFileRepository>().RecordAsync(
                new NewStoredFile(kept, document.Name, MimeTypes.Of(document.Name), FileKind.Document, 0, line.CompanyId, null), time.GetUtcNow(), cancellationToken);
            await filings.AddDocumentAsync(filingId, document.Kind, storedId, document.Name, kept.Sha256, cancellationToken);
            added++;
        }

        return added;
    }
}
