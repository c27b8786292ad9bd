namespace Bot.FakeTelegram.State;

/// <summary>A button press waiting for the bot's answerCallbackQuery.</summary>
internal sealed class CallbackState(string id, long chatId, DateTimeOffset pressedAt)
{
    public string Id { get; } = id;

    public long ChatId { get; } = chatId;

    public DateTimeOffset PressedAt { get; } = pressedAt;

    public CallbackAnswer? Answer { get; set; }
}
