namespace Bot.Core.Requests;

/// <summary>The staff member a task is assigned to; their Telegram id is null until they joined the bot.</summary>
public sealed record TaskAssignee(int StaffId, string Name, long? TelegramUserId, string? LanguageCode);
