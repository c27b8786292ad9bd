using Bot.Host.Calendar;
using Bot.Host.Catalog;

namespace Bot.Host.Administration;

/// <summary>The administrators' commands of the host, by their first word. Each checks its own words and
/// answers a wrong one with its usage (exit code 2); a refused change is one sentence (exit code 1).</summary>
internal static class AdminTools
{
    public const string Usage = """
          calendar import FILE | calendar show YEAR
          catalog import FILE | catalog export
          department add CODE NAME | department head CODE LOGIN | department list
          staff add LOGIN "FULL NAME" DEPT[,DEPT…] [admin] | staff list | staff block|unblock LOGIN
          company add INN "NAME" | company list | company services INN | company archive INN
          company onboard INN "NAME" DEPT[,DEPT…] "SUMMARY" [main=DEPT]   (as «Новый клиент»: heads appoint the PMs)
          company service INN SERVICE on|off [RESPONSIBLE_LOGIN]
          company profile INN usn-income|usn-income-expense|osno|psn|ausn employer=yes|no
          project add INN DEPT PM_LOGIN [main] | project main INN DEPT
          employee list INN | employee rights INN ID files=on|off documents=on|off approve=on|off finance=on|off
          employee follow INN ID on|off | employee remove INN ID
          invite client INN [DAYS] | invite staff LOGIN [DAYS]
          report downloads FROM TO [INN] FILE.xlsx       (dates ДД.ММ.ГГГГ, firm's time zone)
          chat export INN FROM TO FILE.xlsx
          notify import FILE.xlsx                        (A id, B ИНН, C type, D text, E file)
          filings import FILE.jsonl                      (a filing system's export; README)
          indicators import FILE.xlsx|FILE.csv           (ИНН, month, six amounts; README)
          files check | files migrate --to s3             (the content store; README)
        """;

    public static bool Knows(string word) => word is "calendar" or "catalog" or "department" or "staff" or "company" or "project" or "employee" or "invite" or "report" or "chat" or "notify" or "filings" or "indicators" or "files";

    public static async Task<int> RunAsync(IServiceProvider services, string[] words, TextWriter output, TextWriter errors)
    {
        var code = words[0] switch
        {
            "calendar" => await CalendarTool.RunAsync(services, words[1..], output, errors),
            "catalog" => await CatalogTool.RunAsync(services, words[1..], output, errors),
            "invite" => await InviteTool.RunAsync(services, words[1..], output, errors),
            "employee" => await EmployeeTool.RunAsync(services, words[1..], output, errors),
            "report" => await ReportTool.RunAsync(services, words[1..], output, errors),
            "chat" => await ChatTool.RunAsync(services, words[1..], output, errors),
            "notify" => await NotifyTool.RunAsync(services, words[1..], output, errors),
            "filings" => await FilingsTool.RunAsync(services, words[1..], output, errors),
            "indicators" => await IndicatorsTool.RunAsync(services, words[1..], output, errors),
            "files" => await FilesTool.RunAsync(services, words[1..], output, errors),
            _ => await FirmTool.RunAsync(services, words, output, errors),
        };
        if (code == 2)
        {
            await errors.WriteLineAsync("Usage:");
            await errors.WriteAsync(Usage);
        }

        return code;
    }
}
