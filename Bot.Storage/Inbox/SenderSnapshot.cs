using Bot.Core.Access;
using Bot.Core.Conversations;

namespace Bot.Storage.Inbox;

/// <summary>What a claim read of a sender in one chat — who they are and the conversation they are in — and a
/// fingerprint of it computed by PostgreSQL, by which a later check tells whether any of it has changed.</summary>
public sealed record SenderSnapshot(Identity Identity, ConversationState? Conversation, string Fingerprint);
