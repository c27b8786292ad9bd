namespace Bot.Core.Conversations;

/// <summary>The request form's steps, in order.</summary>
public enum RequestStep
{
    Category,
    Service,
    Description,
    Attachments,
    Deadline,
    Summary,
}
