namespace Bot.Core.Conversations;

/// <summary>Where a user stands in a flow, as kept between their messages: the flow, its step, the step's
/// revision (buttons of an older revision are stale) and the flow's own data as JSON.</summary>
public sealed record ConversationState(string Flow, string Step, int Revision, string Data);
