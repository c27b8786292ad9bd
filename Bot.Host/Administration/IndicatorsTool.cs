using Bot.Core.Access;
using Bot.Core.Indicators;
using Bot.Host.Indicators;
using Bot.Storage.Connection;
using Bot.Storage.Indicators;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>indicators import FILE</c> (.xlsx or .csv, <see cref="IndicatorFile"/>): stores each company's months
/// (a month loaded again is replaced) and sends each company's latest month of the file — its numbers against the
/// month before and the chart of the last twelve — to its employees with the right <c>finance</c>, once per company
/// and month. Nothing is stored if any line has a problem.</summary>
internal static class IndicatorsTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is not ["import", var path])
        {
            return 2;
        }

        var companies = await services.GetRequiredService<IClientCompanies>().AllAsync(CancellationToken.None);
        IReadOnlyList<MonthFigures> rows;
        try
        {
            (rows, var problems) = IndicatorFile.Read(path, companies.ToDictionary(c => c.Inn, c => c.Id, StringComparer.Ordinal));
            if (problems.Count > 0)
            {
                return await Refuse(errors, string.Join(Environment.NewLine, [.. problems, $"Nothing was imported: {problems.Count} problem(s)."]));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            return await Refuse(errors, $"Cannot read {path} as .xlsx or .csv: {error.Message}");
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var session = provider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        var repository = provider.GetRequiredService<IndicatorRepository>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var figures in rows)
        {
            await repository.SaveAsync(figures, now, CancellationToken.None);
        }

        var messages = new IndicatorMessages(repository, provider.GetRequiredService<IIndicatorChart>());
        var sent = new List<Core.Messaging.Outgoing>();
        foreach (var latest in rows.GroupBy(f => f.CompanyId).Select(company => company.MaxBy(f => f.Month)!))
        {
            if (await repository.TryRecordNoticeAsync(latest.CompanyId, latest.Month, now, CancellationToken.None))
            {
                sent.AddRange(await messages.ForMonthAsync(latest.CompanyId, companies.First(c => c.Id == latest.CompanyId).Name, latest.Month, CancellationToken.None));
            }
        }

        await provider.GetRequiredService<OutboxWriter>().EnqueueAsync(sent, now, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return await Done(output, $"{rows.Count} month(s) of {rows.Select(f => f.CompanyId).Distinct().Count()} company(ies) stored, {sent.Count} message(s) sent.");
    }
}
