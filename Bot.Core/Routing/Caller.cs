using Bot.Core.Access;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Routing;

/// <summary>Who sent an update, resolved on the server: their role, what the directory knows of them, and
/// the language to answer in.</summary>
public sealed record Caller(ChatUser User, Role Role, Texts Texts, Identity Identity);
