namespace Bot.FakeTelegram.Driver;

/// <summary>A button under a bot's message, as the user sees it.</summary>
public sealed record InlineButton(string Text, string? CallbackData, string? Url);
