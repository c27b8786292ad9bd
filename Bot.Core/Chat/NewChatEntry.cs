using Bot.Core.Requests;

namespace Bot.Core.Chat;

/// <summary>An entry about to be stored; the author's name is the directory's, or <see cref="TaskActor.Name"/> when it has none.</summary>
public sealed record NewChatEntry(
    int CompanyId,
    ChatEntryKind Kind,
    TaskActor Author,
    string Body,
    DraftFile? File = null,
    long? AddresseeUserId = null,
    ChatMark? Mark = null,
    string? Service = null,
    decimal? Price = null);
