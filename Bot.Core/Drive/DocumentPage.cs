namespace Bot.Core.Drive;

/// <summary>One page of a folder, newest first, and how many documents it holds in all.</summary>
public sealed record DocumentPage(IReadOnlyList<DriveDocument> Documents, int Total);
