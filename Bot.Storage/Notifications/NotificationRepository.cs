using Bot.Core.Notifications;
using Bot.Storage.Connection;

namespace Bot.Storage.Notifications;

/// <summary>Notifications and their recipients' answers in the update's (or the job's, or the import's) transaction.</summary>
public sealed class NotificationRepository(DbSession session) : INotifications
{
    public async Task<long?> CreateAsync(NewNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string insert = """
            INSERT INTO notifications (company_id, kind, body, stored_file_id, created_by, created_by_name, created_at, import_key)
            VALUES (@CompanyId, @Kind, @Body, @FileId, @UserId,
                    coalesce((SELECT full_name FROM staff WHERE telegram_user_id = @UserId), @UserName), @Now, @ImportKey)
            ON CONFLICT (import_key) DO NOTHING
            RETURNING id
            """;
        var id = (await session.QueryAsync<long>(insert, new
        {
            notification.CompanyId, Kind = NotificationCodes.Of(notification.Kind), notification.Body, FileId = notification.File?.Id,
            notification.Author.UserId, UserName = notification.Author.Name, Now = now, notification.ImportKey,
        }, cancellationToken)).SingleOrDefault();
        if (id == 0)
        {
            return null;
        }

        await session.ExecuteAsync(
            "INSERT INTO notification_recipients (notification_id, user_id, user_name) SELECT @Id, u.id, u.name FROM unnest(@UserIds, @Names) AS u(id, name)",
            new { Id = id, UserIds = notification.Recipients.Select(r => r.UserId).ToArray(), Names = notification.Recipients.Select(r => r.Name).ToArray() },
            cancellationToken);
        return id;
    }

    public async Task<Notification?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var row = await session.QuerySingleOrDefaultAsync<NotificationRow>(NotificationRow.Select + " WHERE n.id = @Id", new { Id = id }, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var recipients = await session.QueryAsync<RecipientRow>(
            "SELECT notification_id, user_id, user_name, state, answered_at, comment FROM notification_recipients WHERE notification_id = @Id ORDER BY user_name, user_id",
            new { Id = id }, cancellationToken);
        return row.ToNotification([.. recipients.Select(r => r.ToRecipient())]);
    }

    public async Task<bool> AnswerAsync(long id, long userId, RecipientState state, string? comment, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            """
            UPDATE notification_recipients SET state = @State, answered_at = @Now, comment = @Comment
            WHERE notification_id = @Id AND user_id = @UserId AND state = 'sent'
            """,
            new { Id = id, UserId = userId, State = NotificationCodes.Of(state), Comment = comment, Now = now }, cancellationToken) == 1;

    public async Task<IReadOnlyList<AudienceMember>> AudienceAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.telegram_user_id AS user_id, e.full_name AS name, u.language_code, m.can_approve
            FROM memberships m
            JOIN client_employees e ON e.id = m.employee_id AND e.telegram_user_id IS NOT NULL
            LEFT JOIN telegram_users u ON u.id = e.telegram_user_id
            WHERE m.company_id = @CompanyId
            ORDER BY e.full_name, e.id
            """;
        return [.. await session.QueryAsync<AudienceMember>(sql, new { CompanyId = companyId }, cancellationToken)];
    }

    public async Task<(IReadOnlyList<NotificationSummary> Page, int Total)> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT n.id, n.kind, n.body, n.created_at,
                   (SELECT count(*)::int FROM notification_recipients r WHERE r.notification_id = n.id) AS recipients,
                   (SELECT count(*)::int FROM notification_recipients r WHERE r.notification_id = n.id AND r.state = 'sent' AND n.kind <> 'info') AS waiting,
                   count(*) OVER ()::int AS total
            FROM notifications n
            WHERE n.company_id = @CompanyId
            ORDER BY n.id DESC
            OFFSET @Offset LIMIT @Limit
            """;
        var rows = (await session.QueryAsync<SummaryRow>(sql, new { CompanyId = companyId, Offset = offset, Limit = limit }, cancellationToken)).ToList();
        var total = rows.Count > 0
            ? rows[0].Total
            : (await session.QueryAsync<int>("SELECT count(*)::int FROM notifications WHERE company_id = @CompanyId", new { CompanyId = companyId }, cancellationToken)).Single();
        return ([.. rows.Select(r => new NotificationSummary(r.Id, NotificationCodes.Kind(r.Kind), r.Body, new DateTimeOffset(r.CreatedAt, TimeSpan.Zero), r.Recipients, r.Waiting))], total);
    }

    public async Task<IReadOnlyList<DueReminder>> TakeDueRemindersAsync(DateTimeOffset sentBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only recipients still employed by the company are chased; the mark commits with the reminders' outbox rows.
        const string sql = """
            UPDATE notification_recipients r SET reminded_at = @Now
            FROM notifications n, client_employees e, memberships m
            WHERE n.id = r.notification_id AND n.kind <> 'info' AND n.created_at < @SentBefore
              AND r.state = 'sent' AND r.reminded_at IS NULL
              AND e.telegram_user_id = r.user_id AND m.employee_id = e.id AND m.company_id = n.company_id
            RETURNING r.notification_id, r.user_id, r.user_name AS name, m.can_approve,
                      (SELECT language_code FROM telegram_users WHERE id = r.user_id) AS language_code
            """;
        // Npgsql writes timestamptz from UTC only; the moment comes from the firm's calendar, in its offset.
        var due = (await session.QueryAsync<DueRow>(sql, new { SentBefore = sentBefore.ToUniversalTime(), Now = now.ToUniversalTime() }, cancellationToken)).ToList();
        var reminders = new List<DueReminder>();
        foreach (var group in due.GroupBy(row => row.NotificationId))
        {
            var notification = (await FindAsync(group.Key, cancellationToken))!;
            reminders.AddRange(group.Select(row => new DueReminder(notification, new AudienceMember(row.UserId, row.Name, row.LanguageCode, row.CanApprove))));
        }

        return reminders;
    }

    private sealed record SummaryRow(long Id, string Kind, string Body, DateTime CreatedAt, int Recipients, int Waiting, int Total);

    private sealed record DueRow(long NotificationId, long UserId, string Name, bool CanApprove, string? LanguageCode);
}
