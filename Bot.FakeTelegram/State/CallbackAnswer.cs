namespace Bot.FakeTelegram.State;

/// <summary>How the bot answered a button press: the notice the user saw, if any.</summary>
public sealed record CallbackAnswer(string? Text, bool ShowAlert);
