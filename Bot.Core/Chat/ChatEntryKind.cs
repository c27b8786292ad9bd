namespace Bot.Core.Chat;

/// <summary>Who wrote an entry of a company's conversation: a client employee, the firm, or a staff member's mark.</summary>
public enum ChatEntryKind
{
    Client,
    Firm,
    Mark,
}
