using Bot.Core.Messaging;

namespace Bot.Core.Chat;

/// <summary>What posting to a conversation produced: the confirmation (or the refusal) for the sender, as HTML,
/// and the messages to the other side.</summary>
public sealed record ChatPosted(string SenderHtml, IReadOnlyList<Outgoing> Notices, bool Stored);
