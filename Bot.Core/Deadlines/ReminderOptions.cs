namespace Bot.Core.Deadlines;

/// <summary>The <c>Reminders</c> section: when assignees are reminded and overdue work climbs.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>The assignee is reminded this many working days before the deadline (and on its morning).</summary>
    public int WorkingDaysBefore { get; set; } = 1;

    /// <summary>An overdue task goes to the company's PM at once, and to the department head after this many working days.</summary>
    public int EscalateToHeadAfterWorkingDays { get; set; } = 2;
}
