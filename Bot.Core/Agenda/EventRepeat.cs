namespace Bot.Core.Agenda;

/// <summary>How an agreed event recurs.</summary>
public enum EventRepeat
{
    /// <summary>On its date only.</summary>
    Once,

    /// <summary>Every month on the same day of the month (the month's last day when it is shorter).</summary>
    MonthlyDay,

    /// <summary>Every month on the same working day of the month, counted by the production calendar (e.g. the 5th).</summary>
    MonthlyWorkingDay,
}
