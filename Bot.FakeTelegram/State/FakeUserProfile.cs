namespace Bot.FakeTelegram.State;

/// <summary>A Telegram user as the Bot API shows them.</summary>
public sealed record FakeUserProfile(long Id, string FirstName, string? LanguageCode, string? Username = null);
