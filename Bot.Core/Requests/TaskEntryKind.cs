namespace Bot.Core.Requests;

public enum TaskEntryKind
{
    Filed,
    Waiting,
    Comment,
    Status,
    Reassigned,
}
