namespace Bot.Storage.Files.S3;

/// <summary>A migration's progress: files done of the total, and how each ended; the first problems, to show.</summary>
public sealed record MigrationTally(int Done, int Total, int Copied, int AlreadyThere, int Damaged, int Failed, IReadOnlyList<string> Problems);
