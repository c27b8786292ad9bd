using Bot.Core.Access;
using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Requests;
using Bot.Host.Notifications;
using Bot.Storage.Connection;
using Bot.Storage.Files;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>notify import FILE.xlsx</c>: sends a workbook of notifications (<see cref="NotificationWorkbook"/>) to
/// each company's employees in the bot. Nothing is sent if any line has a problem; a line whose id was imported
/// before is skipped, so importing the same file again sends nothing new. The notifications and their messages
/// commit together; the running bot delivers them.</summary>
internal static class NotifyTool
{
    private const string Importer = "Импорт";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is not ["import", var path])
        {
            return 2;
        }

        var companies = await services.GetRequiredService<IClientCompanies>().AllAsync(CancellationToken.None);
        IReadOnlyList<ImportLine> lines;
        try
        {
            (lines, var problems) = NotificationWorkbook.Read(path, companies.Select(company => company.Inn).ToHashSet(StringComparer.Ordinal));
            if (problems.Count > 0)
            {
                return await Refuse(errors, string.Join(Environment.NewLine, [.. problems, $"Nothing was sent: {problems.Count} problem(s)."]));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            return await Refuse(errors, $"Cannot read {path} as an .xlsx workbook: {error.Message}");
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var session = provider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        var store = provider.GetRequiredService<INotifications>();
        var sender = new NotificationSender(store, provider.GetRequiredService<IClientCompanies>());
        var time = provider.GetRequiredService<TimeProvider>();
        var (sent, skipped, unreached) = (0, 0, new List<int>());
        var messages = new List<Outgoing>();
        foreach (var line in lines)
        {
            if (await session.QuerySingleOrDefaultAsync<bool>("SELECT EXISTS (SELECT 1 FROM notifications WHERE import_key = @Key)", new { Key = line.Id }, CancellationToken.None))
            {
                skipped++;
                continue;
            }

            var company = companies.First(c => c.Inn == line.Inn);
            var audience = await store.AudienceAsync(company.Id, CancellationToken.None);
            var file = line.FilePath is null ? null : await StoreAsync(provider, line.FilePath, company.Id, time.GetUtcNow());
            var (notification, written) = await sender.SendAsync(
                new NewNotification(company.Id, line.Kind, line.Text, file, new TaskActor(0, Importer), audience, line.Id), time.GetUtcNow(), CancellationToken.None);
            sent += notification is null ? 0 : 1;
            messages.AddRange(written);
            if (audience.Count == 0)
            {
                unreached.Add(line.Row);
            }
        }

        await provider.GetRequiredService<OutboxWriter>().EnqueueAsync(messages, time.GetUtcNow(), CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        var note = unreached.Count == 0 ? "" : $" Line(s) {string.Join(", ", unreached)}: the company has no employees in the bot, stored for the record only.";
        return await Done(output, $"{sent} notification(s) sent ({messages.Count} message(s)), {skipped} already imported.{note}");
    }

    private static async Task<DraftFile> StoreAsync(IServiceProvider provider, string path, int companyId, DateTimeOffset now)
    {
        await using var content = File.OpenRead(path);
        var kept = await provider.GetRequiredService<IContentStore>().PutAsync(content, NotificationWorkbook.MaxFileBytes, CancellationToken.None);
        var name = Path.GetFileName(path);
        var id = await provider.GetRequiredService<StoredFileRepository>().RecordAsync(
            new NewStoredFile(kept, name, MimeTypes.Of(name), FileKind.Document, 0, companyId, null), now, CancellationToken.None);
        return new DraftFile(id, name, kept.Size, FileKind.Document);
    }
}
