namespace Bot.Core.FileImport;

/// <summary>Problems with a file read "line N: what is wrong"; this finds N (0 when there is none).</summary>
public static class ProblemLine
{
    private const string Prefix = "line ";

    public static int Of(string problem)
    {
        var colon = problem.IndexOf(':', StringComparison.Ordinal);
        return problem.StartsWith(Prefix, StringComparison.Ordinal) && colon > Prefix.Length
            && int.TryParse(problem.AsSpan(Prefix.Length, colon - Prefix.Length), out var line) ? line : 0;
    }
}
