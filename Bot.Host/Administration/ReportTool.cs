using System.Globalization;
using Bot.Host.Reports;
using Bot.Storage.Connection;
using Bot.Storage.Firm;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>report downloads FROM TO [INN] FILE</c>: «Отчёт о скачиваниях» for the period (dates as
/// ДД.ММ.ГГГГ, both included, in the firm's time zone) of one company or all, written to FILE (.xlsx).</summary>
internal static class ReportTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is not ["downloads", var fromText, var toText, .. var rest] || rest.Length is < 1 or > 2
            || !TryDate(fromText, out var from) || !TryDate(toText, out var to) || from > to)
        {
            return 2;
        }

        int? companyId = null;
        if (rest.Length == 2)
        {
            companyId = await services.GetRequiredService<CompanyRepository>().FindByInnAsync(rest[0], CancellationToken.None);
            if (companyId is null)
            {
                return await Refuse(errors, $"No company with ИНН {rest[0]}: see company list.");
            }
        }

        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        await using var file = File.Create(rest[^1]);
        var downloads = await scope.ServiceProvider.GetRequiredService<DownloadReportBuilder>().WriteAsync(file, from, to, companyId, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return await Done(output, $"{downloads} download(s) written to {rest[^1]}.");
    }

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
