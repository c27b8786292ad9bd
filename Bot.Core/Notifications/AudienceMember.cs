namespace Bot.Core.Notifications;

/// <summary>An employee of a company in the bot whom the firm may notify: their name, language and whether they may approve.</summary>
public sealed record AudienceMember(long UserId, string Name, string? LanguageCode, bool CanApprove);
