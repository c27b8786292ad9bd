using Bot.Core.Digests;
using Bot.Storage.Connection;

namespace Bot.Storage.Digests;

/// <summary>The digests' data, read in a few grouped statements for all managers at once (the tasks' numbers
/// by department and company, the period's status changes, the most overdue tasks, the overdue trend), and
/// the records of digests sent and turned off.</summary>
public sealed class DigestRepository(DbSession session) : IDigestStore
{
    public async Task<DigestData> LoadAsync(DigestPeriod period, int worstPerGroup, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            From = period.From.ToUniversalTime(), To = period.To.ToUniversalTime(), PreviousFrom = period.PreviousFrom.ToUniversalTime(), Today = Day(period.Today), Next = Day(period.NextWorkingDay),
            Days = period.TrendDays.Select(Day).ToArray(), Worst = worstPerGroup,
        };
        var cells = (await session.QueryAsync<DigestCellRow>(DigestSql.Cells, parameters, cancellationToken)).ToDictionary(row => (row.DepartmentId, row.CompanyId));
        foreach (var change in await session.QueryAsync<StatusChangeRow>(DigestSql.StatusChanges, parameters, cancellationToken))
        {
            var row = cells.TryGetValue((change.DepartmentId, change.CompanyId), out var found) ? found : cells[(change.DepartmentId, change.CompanyId)] = new DigestCellRow { DepartmentId = change.DepartmentId, CompanyId = change.CompanyId };
            row.Add(change);
        }

        var worst = await session.QueryAsync<OverdueTask>(DigestSql.Worst, parameters, cancellationToken);
        var departments = (await session.QueryAsync<(int, string)>("SELECT id, name FROM departments", null, cancellationToken)).ToDictionary(d => d.Item1, d => d.Item2);
        var companies = (await session.QueryAsync<(int, string)>("SELECT id, name FROM companies WHERE archived_at IS NULL", null, cancellationToken)).ToDictionary(c => c.Item1, c => c.Item2);
        var trend = await session.QueryAsync<(int DepartmentId, DateOnly Day, int Count)>(DigestSql.Trend, parameters, cancellationToken);
        var unanswered = (await session.QueryAsync<(int, int)>(
            """
            SELECT n.company_id, count(*)::int FROM notification_recipients r JOIN notifications n ON n.id = r.notification_id
            WHERE r.state = 'sent' AND r.reminded_at IS NOT NULL AND n.kind <> 'info'
            GROUP BY n.company_id
            """, null, cancellationToken)).ToDictionary(u => u.Item1, u => u.Item2);
        var rejected = (await session.QueryAsync<(int, int)>(
            "SELECT company_id, count(*)::int FROM filings WHERE status IN ('rejected', 'clarification') GROUP BY company_id", null, cancellationToken))
            .ToDictionary(r => r.Item1, r => r.Item2);
        return new DigestData(
            [.. cells.Values.Select(row => row.ToCell())], [.. worst], departments, companies, [.. trend.Select(t => new OverdueOnDay(t.DepartmentId, t.Day, t.Count))], unanswered, rejected);
    }

    public async Task<IReadOnlyList<Manager>> ManagersAsync(IReadOnlyCollection<long> administratorIds, CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync<ManagerRow>(DigestSql.Managers, new { Administrators = administratorIds.ToArray() }, cancellationToken);
        return [.. rows.Select(row => new Manager(row.UserId, row.LanguageCode, row.WholeFirm, row.HeadOf, row.PmOf))];
    }

    public async Task<bool> TryRecordAsync(long userId, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            "INSERT INTO digest_deliveries (user_id, digest_date, sent_at) VALUES (@UserId, @Day::date, @Now) ON CONFLICT DO NOTHING",
            new { UserId = userId, Day = Day(day), Now = now }, cancellationToken) == 1;

    public async Task SetOptOutAsync(long userId, bool off, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(off
            ? "INSERT INTO digest_optouts (user_id, since) VALUES (@UserId, @Now) ON CONFLICT DO NOTHING"
            : "DELETE FROM digest_optouts WHERE user_id = @UserId", new { UserId = userId, Now = now }, cancellationToken);

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    /// <summary>Properties, since Dapper does not match array columns to constructor parameters.</summary>
    private sealed class ManagerRow
    {
        public long UserId { get; init; }

        public string? LanguageCode { get; init; }

        public bool WholeFirm { get; init; }

        public int[] HeadOf { get; init; } = [];

        public int[] PmOf { get; init; } = [];
    }
}
