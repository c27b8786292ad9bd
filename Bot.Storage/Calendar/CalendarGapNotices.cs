using Bot.Storage.Connection;

namespace Bot.Storage.Calendar;

/// <summary>Which missing calendar years the administrators were told about, in the scope's
/// <see cref="DbSession"/> so that the record and the notice's outbox rows commit together.</summary>
public sealed class CalendarGapNotices(DbSession session)
{
    /// <summary>True when this call recorded the notice, false when it had been given already.</summary>
    public async Task<bool> TryRecordAsync(int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "INSERT INTO calendar_gap_notices (year, notified_at) VALUES (@Year, @Now) ON CONFLICT (year) DO NOTHING";
        return await session.ExecuteAsync(sql, new { Year = year, Now = now }, cancellationToken) == 1;
    }
}
