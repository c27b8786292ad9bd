namespace Bot.Storage.Files.S3;

/// <summary>Counts a migration's steps from several workers at once.</summary>
internal sealed class MigrationCounter(int total)
{
    private const int ProblemsKept = 20;
    private readonly object gate = new();
    private readonly List<string> problems = [];
    private int done, copied, alreadyThere, damaged, failed;

    public MigrationTally Tally
    {
        get
        {
            lock (gate)
            {
                return new MigrationTally(done, total, copied, alreadyThere, damaged, failed, [.. problems]);
            }
        }
    }

    public MigrationTally Add(MigrationStep step)
    {
        lock (gate)
        {
            done++;
            switch (step)
            {
                case MigrationStep.Copied:
                    copied++;
                    break;
                case MigrationStep.AlreadyThere:
                    alreadyThere++;
                    break;
                case MigrationStep.Damaged bad:
                    damaged++;
                    Note($"damaged: {bad.Sha256}: {bad.Error}");
                    break;
                case MigrationStep.Failed bad:
                    failed++;
                    Note($"failed: {bad.Sha256}: {bad.Error}");
                    break;
            }

            return new MigrationTally(done, total, copied, alreadyThere, damaged, failed, []);
        }
    }

    private void Note(string problem)
    {
        if (problems.Count < ProblemsKept)
        {
            problems.Add(problem);
        }
    }
}
