using Bot.Core.Agenda;
using Bot.Core.Requests;
using Bot.Core.Taxes;

namespace Bot.Core.Tests.Builders;

/// <summary>Agreed events, tax profiles, feeds and deadlines kept in memory, with a calendar "file" that lists UIDs.</summary>
internal sealed class InMemoryAgenda : IAgreedEvents, ITaxProfiles, ICalendarSubscriptions, ITaskDeadlines, ICalendarFile
{
    private readonly List<(AgreedEvent Event, bool Cancelled)> events = [];
    private readonly HashSet<(long, DateOnly)> reminded = [];
    private readonly HashSet<int> asked = [];
    private readonly List<(byte[] Hash, long UserId, int? CompanyId, string? Language, bool Revoked, DateTimeOffset At)> feeds = [];

    public Dictionary<int, TaxProfile> Profiles { get; } = [];

    public List<TaskDeadline> Deadlines { get; } = [];

    public Task<long> CreateAsync(AgreedEvent agreed, long createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = events.Count + 1L;
        events.Add((agreed with { Id = id }, false));
        return Task.FromResult(id);
    }

    public Task<AgreedEvent?> FindAsync(long eventId, CancellationToken cancellationToken) =>
        Task.FromResult(events.Where(e => e.Event.Id == eventId && !e.Cancelled).Select(e => e.Event).FirstOrDefault());

    public Task<IReadOnlyList<AgreedEvent>> ForCompaniesAsync(IReadOnlyCollection<int> companyIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AgreedEvent>>([.. events.Where(e => !e.Cancelled && companyIds.Contains(e.Event.CompanyId)).Select(e => e.Event).OrderBy(e => e.StartsOn)]);

    public Task<bool> MoveAsync(long eventId, DateOnly startsOn, TimeOnly? at, int repeatNumber, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var i = events.FindIndex(e => e.Event.Id == eventId && !e.Cancelled);
        if (i >= 0)
        {
            events[i] = (events[i].Event with { StartsOn = startsOn, At = at, RepeatNumber = repeatNumber, Revision = events[i].Event.Revision + 1 }, false);
        }

        return Task.FromResult(i >= 0);
    }

    public Task<bool> CancelAsync(long eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var i = events.FindIndex(e => e.Event.Id == eventId && !e.Cancelled);
        if (i >= 0)
        {
            events[i] = (events[i].Event, true);
        }

        return Task.FromResult(i >= 0);
    }

    public Task<IReadOnlyList<(long EventId, DateOnly Date)>> RecordRemindersAsync(IReadOnlyList<(long EventId, DateOnly Date)> occurrences, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(long, DateOnly)>>([.. occurrences.Where(o => reminded.Add(o))]);

    Task<TaxProfile?> ITaxProfiles.FindAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult(Profiles.TryGetValue(companyId, out var profile) ? profile : null);

    Task<IReadOnlyDictionary<int, TaxProfile>> ITaxProfiles.ForCompaniesAsync(IReadOnlyCollection<int> companyIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, TaxProfile>>(Profiles.Where(p => companyIds.Contains(p.Key)).ToDictionary());

    public Task SetAsync(int companyId, TaxProfile profile, string setBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Profiles[companyId] = profile;
        return Task.CompletedTask;
    }

    public Task<bool> FirstAskAsync(int companyId, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(asked.Add(companyId));

    public Task CreateAsync(byte[] tokenHash, long userId, int? companyId, string? languageCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        RevokeAsync(userId, companyId, now, cancellationToken);
        feeds.Add((tokenHash, userId, companyId, languageCode, false, now));
        return Task.CompletedTask;
    }

    Task<(long UserId, int? CompanyId, string? LanguageCode)?> ICalendarSubscriptions.FindAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(feeds.Where(f => !f.Revoked && f.Hash.SequenceEqual(tokenHash)).Select(f => ((long, int?, string?)?)(f.UserId, f.CompanyId, f.Language)).FirstOrDefault());

    public Task<DateTimeOffset?> ActiveSinceAsync(long userId, int? companyId, CancellationToken cancellationToken) =>
        Task.FromResult(feeds.Where(f => !f.Revoked && f.UserId == userId && f.CompanyId == companyId).Select(f => (DateTimeOffset?)f.At).FirstOrDefault());

    public Task<bool> RevokeAsync(long userId, int? companyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = feeds.FindIndex(f => !f.Revoked && f.UserId == userId && f.CompanyId == companyId);
        if (live >= 0)
        {
            feeds[live] = feeds[live] with { Revoked = true };
        }

        return Task.FromResult(live >= 0);
    }

    public Task<IReadOnlyList<TaskDeadline>> OpenAsync(IReadOnlyCollection<int> companyIds, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TaskDeadline>>([.. Deadlines.Where(d => companyIds.Contains(d.CompanyId) && d.Deadline >= first && d.Deadline <= last)]);

    public string Write(IReadOnlyList<AgendaItem> items, string calendarName) => string.Join('\n', items.Select(item => item.Uid));

    public Task<StoredFileRef> KeepAsync(IReadOnlyList<AgendaItem> items, string calendarName, CancellationToken cancellationToken) =>
        Task.FromResult(new StoredFileRef(0, "calendar.ics", "text/calendar", Bot.Core.Messaging.FileKind.Document, "0", null));
}
