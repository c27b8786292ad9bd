namespace Bot.Core.Chat;

/// <summary>A page of a company's conversation, newest first, and how many entries it holds in all.</summary>
public sealed record ChatPage(IReadOnlyList<ChatEntry> Entries, int Total);
