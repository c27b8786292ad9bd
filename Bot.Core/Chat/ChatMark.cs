namespace Bot.Core.Chat;

/// <summary>What a staff member notes in a company's conversation besides messages.</summary>
public enum ChatMark
{
    Call,
    Letter,
    Visit,
    ServiceOn,
    ServiceOff,
}
