namespace Bot.Core.Calendar;

/// <summary>A production calendar file that cannot be loaded; <see cref="Problems"/> name their lines.</summary>
public sealed class CalendarFileException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
