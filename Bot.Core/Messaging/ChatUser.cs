namespace Bot.Core.Messaging;

/// <summary>A person writing to the bot, as the messenger describes them.</summary>
public sealed record ChatUser(long Id, string FirstName, string? LanguageCode);
