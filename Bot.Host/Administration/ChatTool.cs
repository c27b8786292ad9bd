using Bot.Host.Reports;
using Bot.Storage.Connection;
using Bot.Storage.Firm;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>chat export INN FROM TO FILE</c>: the company's conversation with the firm for the period (dates as
/// ДД.ММ.ГГГГ, both included, in the firm's time zone), written to FILE (.xlsx).</summary>
internal static class ChatTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is not ["export", var inn, var fromText, var toText, var path]
            || !ReportTool.TryDate(fromText, out var from) || !ReportTool.TryDate(toText, out var to) || from > to)
        {
            return 2;
        }

        if (await services.GetRequiredService<CompanyRepository>().FindByInnAsync(inn, CancellationToken.None) is not { } companyId)
        {
            return await Refuse(errors, $"No company with ИНН {inn}: see company list.");
        }

        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        await using var file = File.Create(path);
        var entries = await scope.ServiceProvider.GetRequiredService<ChatExportBuilder>().WriteAsync(file, companyId, from, to, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return await Done(output, $"{entries} entr(ies) written to {path}.");
    }
}
