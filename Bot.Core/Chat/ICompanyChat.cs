using Bot.Core.Deadlines;

namespace Bot.Core.Chat;

/// <summary>Companies' conversations with the firm, in the current transaction: an entry is stored with the
/// replies that confirm and carry it.</summary>
public interface ICompanyChat
{
    Task<ChatEntry> AddAsync(NewChatEntry entry, DateTimeOffset now, CancellationToken cancellationToken);

    Task<ChatEntry?> FindAsync(long entryId, CancellationToken cancellationToken);

    Task<ChatPage> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>The entry a delivered bot message carries, for a Telegram reply to it.</summary>
    Task<long?> EntryOfMessageAsync(long chatId, int messageId, CancellationToken cancellationToken);

    /// <summary>The latest client entry of the company: whom an answer not aimed at one entry goes to.</summary>
    Task<ChatEntry?> LatestFromClientAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>The company's PMs in the bot, the main one first (blocked staff left out).</summary>
    Task<IReadOnlyList<Recipient>> PmsAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>The company's employees in the bot.</summary>
    Task<IReadOnlyList<Recipient>> EmployeesAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>The company whose topic of the staff forum this is.</summary>
    Task<int?> CompanyOfTopicAsync(long groupChatId, int threadId, CancellationToken cancellationToken);

    Task<bool> HasConsentAsync(long userId, CancellationToken cancellationToken);

    Task GiveConsentAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken);
}
