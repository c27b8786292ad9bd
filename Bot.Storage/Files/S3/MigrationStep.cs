namespace Bot.Storage.Files.S3;

/// <summary>What became of one file in a migration.</summary>
public abstract record MigrationStep
{
    public sealed record Copied : MigrationStep;

    public sealed record AlreadyThere : MigrationStep;

    /// <summary>The local bytes no longer match their name: not copied, the operator restores them from a backup.</summary>
    public sealed record Damaged(string Sha256, string Error) : MigrationStep;

    /// <summary>The bucket could not be reached or the copy did not verify: left for the next run.</summary>
    public sealed record Failed(string Sha256, string Error) : MigrationStep;
}
