namespace Bot.Storage.Files.S3;

/// <summary>Counts a migration's steps from several workers at once, and reports progress every
/// <see cref="ReportEvery"/> files and at the end, in order.</summary>
internal sealed class MigrationCounter(int total, Action<MigrationTally> progress)
{
    private const int ReportEvery = 100;
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

    public void Add(MigrationStep step)
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

            if (done % ReportEvery == 0 || done == total)
            {
                progress(new MigrationTally(done, total, copied, alreadyThere, damaged, failed, []));
            }
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
