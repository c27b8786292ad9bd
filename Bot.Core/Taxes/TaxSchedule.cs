using Bot.Core.Calendar;

namespace Bot.Core.Taxes;

/// <summary>The tax calendar's years, and the dates that concern a company within a range of days, each moved
/// off days off by the production calendar.</summary>
public sealed class TaxSchedule(IEnumerable<TaxYear> years)
{
    private readonly IReadOnlyList<TaxYear> years = [.. years.OrderBy(year => year.Year)];

    public IReadOnlyList<TaxYear> Years => years;

    /// <summary>Items due from <paramref name="from"/> to <paramref name="to"/> inclusive, by due date, then as the file lists them.</summary>
    public IReadOnlyList<TaxItem> For(string inn, TaxProfile profile, DateOnly from, DateOnly to, WorkCalendar calendar)
    {
        var payer = TaxProfile.PayerOf(inn);
        var items = new List<TaxItem>();
        foreach (var year in years.Where(year => year.Year >= from.Year - 1 && year.Year <= to.Year))
        {
            foreach (var obligation in year.Obligations.Where(obligation => obligation.Concerns(payer, profile)))
            {
                items.AddRange(obligation.Dates
                    .Select(date => new TaxItem(obligation, date, DueDate(date, calendar), year.Provisional))
                    .Where(item => item.Due >= from && item.Due <= to));
            }
        }

        return [.. items.OrderBy(item => item.Due)];
    }

    /// <summary>The statutory date, or the nearest working day after it (before it, for a «last working day» date).</summary>
    public static DateOnly DueDate(TaxDate date, WorkCalendar calendar)
    {
        var due = date.Statutory;
        while (!calendar.IsWorkingDay(due))
        {
            due = due.AddDays(date.MovesBack ? -1 : 1);
        }

        return due;
    }
}
