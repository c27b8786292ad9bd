namespace Bot.Storage.Firm;

/// <summary>An open task of a blocked staff member, handed to <see cref="SuccessorUserId"/> (null when nobody
/// could take it, or the successor has not joined the bot).</summary>
public sealed record HandedTask(long TaskId, int Number, string CompanyName, string BlockedName, long? SuccessorUserId, string? SuccessorLanguage);
