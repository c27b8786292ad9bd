namespace Bot.Core.FileImport;

/// <summary>A file an administrator loads (a production calendar, a service catalog) that cannot be
/// loaded; each of <see cref="Problems"/> names its line. Nothing of such a file is imported.</summary>
public sealed class InvalidFileException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
