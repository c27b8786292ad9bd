using Bot.Core.Calendar;
using Bot.Core.Firm;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Calendar;

/// <summary>The work calendar built from the database, kept for a few minutes: a year imported while the
/// bot runs (by `calendar import` in another process) is in use within <see cref="Freshness"/>.</summary>
public sealed class WorkCalendarSource(CalendarRepository repository, IOptions<FirmOptions> firm, TimeProvider time) : IWorkCalendarSource
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);
    private Snapshot? cached;

    public async Task<WorkCalendar> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Volatile.Read(ref cached) is { } hit && now - hit.LoadedAt < Freshness)
        {
            return hit.Calendar;
        }

        var years = await repository.LoadAsync(cancellationToken);
        var calendar = new WorkCalendar(years.Select(entry => entry.Year), firm.Value, time);
        Volatile.Write(ref cached, new Snapshot(calendar, now));
        return calendar;
    }

    private sealed record Snapshot(WorkCalendar Calendar, DateTimeOffset LoadedAt);
}
