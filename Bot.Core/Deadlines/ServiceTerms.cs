namespace Bot.Core.Deadlines;

/// <summary>A service's регламент in working days: the planned term is the shortest deadline a client may
/// ask for (and the one offered by default); the hard deadline is the firm's latest commitment.</summary>
public sealed record ServiceTerms(int PlannedWorkingDays, int HardWorkingDays);
