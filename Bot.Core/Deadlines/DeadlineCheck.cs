using Bot.Core.Calendar;

namespace Bot.Core.Deadlines;

/// <summary>The SLA check of a request: a deadline is counted in working days from the moment of filing
/// (after hours or on a day off, from the next working day).</summary>
public static class DeadlineCheck
{
    /// <summary>The deadline offered to the client: the planned term.</summary>
    public static DateOnly DefaultDeadline(WorkCalendar calendar, ServiceTerms terms, DateTimeOffset filedAt) =>
        calendar.AddWorkingDays(filedAt, terms.PlannedWorkingDays);

    /// <summary>The latest date the firm commits to: the hard deadline.</summary>
    public static DateOnly HardDeadline(WorkCalendar calendar, ServiceTerms terms, DateTimeOffset filedAt) =>
        calendar.AddWorkingDays(filedAt, terms.HardWorkingDays);

    public static DeadlineDecision Check(WorkCalendar calendar, ServiceTerms terms, DateTimeOffset filedAt, DateOnly requested)
    {
        var earliest = DefaultDeadline(calendar, terms, filedAt);
        var today = DateOnly.FromDateTime(calendar.ToFirmTime(filedAt).DateTime);
        if (requested < today)
        {
            return new DeadlineDecision.InThePast(earliest);
        }

        return requested < earliest
            ? new DeadlineDecision.TooShort(earliest, terms.PlannedWorkingDays)
            : new DeadlineDecision.Accepted(requested);
    }
}
