using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>What a flow step shows: its text and buttons.</summary>
public sealed record Screen(string Html, Keyboard Keyboard);
