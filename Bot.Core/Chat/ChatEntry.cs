using Bot.Core.Requests;

namespace Bot.Core.Chat;

/// <summary>One entry of a company's conversation with the firm, as stored: never changed afterwards.</summary>
public sealed record ChatEntry(
    long Id,
    int CompanyId,
    ChatEntryKind Kind,
    long AuthorUserId,
    string AuthorName,
    long? AddresseeUserId,
    string Body,
    StoredFileRef? File,
    ChatMark? Mark,
    string? Service,
    decimal? Price,
    DateTimeOffset CreatedAt);
