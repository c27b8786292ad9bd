namespace Bot.Core.Messaging;

/// <summary>Stops the spinner on a pressed button, with an optional short notice.</summary>
public sealed record AnswerButton(string CallbackId, string? Notice = null) : Outgoing;
