namespace Bot.Core.Conversations;

/// <summary>The report's period: this month or last month (in the firm's calendar), or typed as two dates.</summary>
public static class ReportPeriod
{
    public static (DateOnly From, DateOnly To) ThisMonth(DateOnly today) => (new DateOnly(today.Year, today.Month, 1), today);

    public static (DateOnly From, DateOnly To) LastMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>"01.11.2026–30.11.2026" (a dash, an en dash or a space between); null unless both dates parse in order.</summary>
    public static (DateOnly From, DateOnly To)? Parse(string text)
    {
        var parts = text.Split(['–', '—', '-', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && TypedDate.Parse(parts[0]) is { } from && TypedDate.Parse(parts[1]) is { } to && from <= to ? (from, to) : null;
    }
}
