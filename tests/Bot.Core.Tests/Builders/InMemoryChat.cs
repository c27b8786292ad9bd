using Bot.Core.Chat;
using Bot.Core.Deadlines;

namespace Bot.Core.Tests.Builders;

/// <summary>Companies' conversations in memory; a test says who the PMs and employees in the bot are.</summary>
internal sealed class InMemoryChat : ICompanyChat
{
    private readonly HashSet<long> consents = [];

    public List<ChatEntry> Entries { get; } = [];

    public Dictionary<(long ChatId, int MessageId), long> Messages { get; } = [];

    public Dictionary<int, List<Recipient>> Pms { get; } = [];

    public Dictionary<int, List<Recipient>> Employees { get; } = [];

    public Task<ChatEntry> AddAsync(NewChatEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var file = entry.File is null ? null : new Bot.Core.Requests.StoredFileRef(entry.File.Id, entry.File.Name, "application/pdf", entry.File.Kind, new string('a', 64), null);
        var stored = new ChatEntry(Entries.Count + 1, entry.CompanyId, entry.Kind, entry.Author.UserId, entry.Author.Name, entry.AddresseeUserId, entry.Body, file, entry.Mark, entry.Service, entry.Price, now);
        Entries.Add(stored);
        return Task.FromResult(stored);
    }

    public Task<ChatEntry?> FindAsync(long entryId, CancellationToken cancellationToken) => Task.FromResult(Entries.FirstOrDefault(e => e.Id == entryId));

    public Task<ChatPage> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        var all = Entries.Where(e => e.CompanyId == companyId).OrderByDescending(e => e.Id).ToList();
        return Task.FromResult(new ChatPage([.. all.Skip(offset).Take(limit)], all.Count));
    }

    public Task<long?> EntryOfMessageAsync(long chatId, int messageId, CancellationToken cancellationToken) =>
        Task.FromResult(Messages.TryGetValue((chatId, messageId), out var id) ? id : (long?)null);

    public Task<ChatEntry?> LatestFromClientAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.LastOrDefault(e => e.CompanyId == companyId && e.Kind == ChatEntryKind.Client));

    public Task<IReadOnlyList<Recipient>> PmsAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Recipient>>(Pms.GetValueOrDefault(companyId) ?? []);

    public Task<IReadOnlyList<Recipient>> EmployeesAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Recipient>>(Employees.GetValueOrDefault(companyId) ?? []);

    public Dictionary<int, int> Topics { get; } = [];

    public Task<int?> CompanyOfTopicAsync(long groupChatId, int threadId, CancellationToken cancellationToken) =>
        Task.FromResult(Topics.TryGetValue(threadId, out var company) ? company : (int?)null);

    public Task<bool> HasConsentAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(consents.Contains(userId));

    public Task GiveConsentAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        consents.Add(userId);
        return Task.CompletedTask;
    }
}
