namespace Bot.Core.Messaging;

/// <summary>A new message in a chat, optionally with inline buttons under it. A message about a task names it
/// (<see cref="TaskId"/>), so that a reply to the message comments on the task; a message carrying an entry of a
/// company's conversation names the entry (<see cref="ChatEntryId"/>), so that a reply to it answers the entry. A message
/// to a company's topic in the staff forum names the company (<see cref="TopicCompanyId"/>): the topic is found, or
/// created, when the message is delivered.</summary>
public sealed record SendText(long ChatId, string Html, Keyboard? Keyboard = null, long? TaskId = null, long? ChatEntryId = null, int? TopicCompanyId = null) : Outgoing;
