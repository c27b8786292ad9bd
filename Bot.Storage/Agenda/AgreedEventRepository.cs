using Bot.Core.Agenda;
using Bot.Storage.Connection;

namespace Bot.Storage.Agenda;

/// <summary>Agreed events and their reminders in the update's (or the job's) transaction.</summary>
public sealed class AgreedEventRepository(DbSession session) : IAgreedEvents
{
    private const string Select = """
        SELECT id, company_id, title, note, starts_on, at_time, repeat, repeat_number, revision, created_by_name
        FROM agreed_events
        """;

    public async Task<long> CreateAsync(AgreedEvent agreed, long createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO agreed_events (company_id, title, note, starts_on, at_time, repeat, repeat_number, created_by, created_by_name, created_at, changed_at)
            VALUES (@CompanyId, @Title, @Note, @StartsOn, @At, @Repeat, @RepeatNumber, @CreatedBy,
                    coalesce((SELECT full_name FROM staff WHERE telegram_user_id = @CreatedBy), @Name), @Now, @Now)
            RETURNING id
            """;
        return (await session.QueryAsync<long>(sql, new
        {
            agreed.CompanyId, agreed.Title, agreed.Note, agreed.StartsOn, At = agreed.At?.ToTimeSpan(), Repeat = Code(agreed.Repeat), agreed.RepeatNumber,
            CreatedBy = createdBy, Name = agreed.CreatedBy, Now = now,
        }, cancellationToken)).Single();
    }

    public async Task<AgreedEvent?> FindAsync(long eventId, CancellationToken cancellationToken) =>
        (await session.QuerySingleOrDefaultAsync<EventRow>(Select + " WHERE id = @Id AND cancelled_at IS NULL", new { Id = eventId }, cancellationToken))?.ToEvent();

    public async Task<IReadOnlyList<AgreedEvent>> ForCompaniesAsync(IReadOnlyCollection<int> companyIds, CancellationToken cancellationToken) =>
        [.. (await session.QueryAsync<EventRow>(
            Select + " WHERE company_id = ANY(@Ids) AND cancelled_at IS NULL ORDER BY starts_on, at_time NULLS FIRST, id",
            new { Ids = companyIds.ToArray() }, cancellationToken)).Select(row => row.ToEvent())];

    public async Task<bool> MoveAsync(long eventId, DateOnly startsOn, TimeOnly? at, int repeatNumber, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            """
            UPDATE agreed_events SET starts_on = @StartsOn, at_time = @At, repeat_number = @RepeatNumber, revision = revision + 1, changed_at = @Now
            WHERE id = @Id AND cancelled_at IS NULL
            """,
            new { Id = eventId, StartsOn = startsOn, At = at?.ToTimeSpan(), RepeatNumber = repeatNumber, Now = now }, cancellationToken) == 1;

    public async Task<bool> CancelAsync(long eventId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            "UPDATE agreed_events SET cancelled_at = @Now, changed_at = @Now WHERE id = @Id AND cancelled_at IS NULL",
            new { Id = eventId, Now = now }, cancellationToken) == 1;

    public async Task<IReadOnlyList<(long EventId, DateOnly Date)>> RecordRemindersAsync(
        IReadOnlyList<(long EventId, DateOnly Date)> occurrences, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (occurrences.Count == 0)
        {
            return [];
        }

        const string sql = """
            INSERT INTO agreed_event_reminders (event_id, occurs_on, reminded_at)
            SELECT o.event_id, o.occurs_on, @Now FROM unnest(@EventIds, @Dates) AS o(event_id, occurs_on)
            ON CONFLICT DO NOTHING
            RETURNING event_id, occurs_on
            """;
        var rows = await session.QueryAsync<ReminderRow>(sql, new
        {
            EventIds = occurrences.Select(o => o.EventId).ToArray(), Dates = occurrences.Select(o => o.Date).ToArray(), Now = now,
        }, cancellationToken);
        return [.. rows.Select(row => (row.EventId, row.OccursOn))];
    }

    internal static string Code(EventRepeat repeat) => repeat switch
    {
        EventRepeat.MonthlyDay => "monthly-day",
        EventRepeat.MonthlyWorkingDay => "monthly-working-day",
        _ => "once",
    };

    private sealed record ReminderRow(long EventId, DateOnly OccursOn);

    private sealed record EventRow(long Id, int CompanyId, string Title, string Note, DateOnly StartsOn, TimeOnly? AtTime, string Repeat, int RepeatNumber, int Revision, string CreatedByName)
    {
        public AgreedEvent ToEvent() => new(
            Id, CompanyId, Title, Note, StartsOn, AtTime,
            Repeat switch { "monthly-day" => EventRepeat.MonthlyDay, "monthly-working-day" => EventRepeat.MonthlyWorkingDay, _ => EventRepeat.Once },
            RepeatNumber, Revision, CreatedByName);
    }
}
