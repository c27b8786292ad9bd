namespace Bot.Core.Requests;

/// <summary>Who changes a task: their Telegram id and the name the history shows.</summary>
public sealed record TaskActor(long UserId, string Name);
