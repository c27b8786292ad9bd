namespace Bot.Core.Conversations;

/// <summary>What the next message of a user in the chat flow is: an answer to an entry, a message to a company's
/// employees, a mark's note, or — for a client's first free text — nothing until they say whether it goes to the accountant.</summary>
public enum ChatComposeMode
{
    Answer,
    Write,
    Mark,
    Ask,
}
