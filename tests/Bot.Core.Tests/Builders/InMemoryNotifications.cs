using Bot.Core.Notifications;
using Bot.Core.Requests;

namespace Bot.Core.Tests.Builders;

/// <summary>Notifications in memory; a test says who each company's employees in the bot are.</summary>
internal sealed class InMemoryNotifications : INotifications
{
    private readonly List<Notification> stored = [];
    private readonly HashSet<string> importKeys = [];
    private readonly HashSet<(long, long)> reminded = [];

    public Dictionary<int, List<AudienceMember>> Audience { get; } = [];

    public IReadOnlyList<Notification> All => stored;

    public Task<long?> CreateAsync(NewNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (notification.ImportKey is { } key && !importKeys.Add(key))
        {
            return Task.FromResult<long?>(null);
        }

        var file = notification.File is null ? null : new StoredFileRef(notification.File.Id, notification.File.Name, "application/pdf", notification.File.Kind, new string('a', 64), null);
        var id = stored.Count + 1L;
        stored.Add(new Notification(id, notification.CompanyId, notification.Kind, notification.Body, file, notification.Author.UserId, notification.Author.Name, now,
            [.. notification.Recipients.Select(r => new NotificationRecipient(r.UserId, r.Name, RecipientState.Sent, null, null))]));
        return Task.FromResult<long?>(id);
    }

    public Task<Notification?> FindAsync(long id, CancellationToken cancellationToken) => Task.FromResult(stored.FirstOrDefault(n => n.Id == id));

    public Task<bool> AnswerAsync(long id, long userId, RecipientState state, string? comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var index = stored.FindIndex(n => n.Id == id);
        var recipient = index < 0 ? null : stored[index].Recipients.FirstOrDefault(r => r.UserId == userId && r.State == RecipientState.Sent);
        if (recipient is null)
        {
            return Task.FromResult(false);
        }

        stored[index] = stored[index] with { Recipients = [.. stored[index].Recipients.Select(r => r == recipient ? r with { State = state, AnsweredAt = now, Comment = comment } : r)] };
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<AudienceMember>> AudienceAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AudienceMember>>(Audience.GetValueOrDefault(companyId) ?? []);

    public Task<(IReadOnlyList<NotificationSummary> Page, int Total)> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        var all = stored.Where(n => n.CompanyId == companyId).OrderByDescending(n => n.Id).ToList();
        return Task.FromResult<(IReadOnlyList<NotificationSummary>, int)>(([.. all.Skip(offset).Take(limit).Select(n =>
            new NotificationSummary(n.Id, n.Kind, n.Body, n.CreatedAt, n.Recipients.Count, n.Recipients.Count(r => r.State == RecipientState.Sent)))], all.Count));
    }

    public Task<IReadOnlyList<DueReminder>> TakeDueRemindersAsync(DateTimeOffset sentBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = stored.Where(n => n.Kind != NotificationKind.Info && n.CreatedAt < sentBefore)
            .SelectMany(n => n.Recipients.Where(r => r.State == RecipientState.Sent && reminded.Add((n.Id, r.UserId)))
                .Select(r => new DueReminder(n, Audience[n.CompanyId].First(m => m.UserId == r.UserId))))
            .ToList();
        return Task.FromResult<IReadOnlyList<DueReminder>>(due);
    }
}
