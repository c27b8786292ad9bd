namespace Bot.Core.Conversations;

/// <summary>What a note on a task is for: a comment from either side, the reason a task is rejected, or the
/// result a task is completed with.</summary>
public enum NotePurpose
{
    Comment,
    Reject,
    Complete,
}
