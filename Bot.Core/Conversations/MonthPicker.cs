using System.Globalization;
using Bot.Core.Calendar;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>An inline month calendar: ‹ month › across the top, weekdays, then the days. Days before today
/// are dots; days off are in brackets (a press explains why they cannot be chosen); the chosen day is in
/// square brackets. Every button carries only the date, which the form checks again.</summary>
public static class MonthPicker
{
    /// <summary>How far ahead the picker goes.</summary>
    public const int MonthsAhead = 24;

    public static IReadOnlyList<IReadOnlyList<Button>> Rows(DateOnly month, DateOnly today, DateOnly chosen, WorkCalendar calendar, int revision, RequestFormTexts texts)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var rows = new List<IReadOnlyList<Button>>
        {
            new[]
            {
                first > thisMonth ? FlowButton.Of("‹", revision, "month", Code(first.AddMonths(-1))) : Nothing(revision, " "),
                Nothing(revision, texts.Month(first)),
                first < thisMonth.AddMonths(MonthsAhead) ? FlowButton.Of("›", revision, "month", Code(first.AddMonths(1))) : Nothing(revision, " "),
            },
            texts.WeekdayLetters.Select(letter => Nothing(revision, letter)).ToList(),
        };

        var offset = ((int)first.DayOfWeek + 6) % 7;
        var day = first.AddDays(-offset);
        while (day.Month == first.Month || day < first)
        {
            rows.Add(Enumerable.Range(0, 7).Select(i => Day(day.AddDays(i), first, today, chosen, calendar, revision)).ToList());
            day = day.AddDays(7);
        }

        return rows;
    }

    public static string Code(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseCode(string code) =>
        DateOnly.TryParseExact(code, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static Button Day(DateOnly date, DateOnly month, DateOnly today, DateOnly chosen, WorkCalendar calendar, int revision)
    {
        var number = date.Day.ToString(CultureInfo.InvariantCulture);
        if (date.Month != month.Month || date < today)
        {
            return Nothing(revision, "·");
        }

        return date == chosen ? FlowButton.Of($"[{number}]", revision, "day", Code(date))
            : calendar.IsWorkingDay(date) ? FlowButton.Of(number, revision, "day", Code(date))
            : FlowButton.Of($"({number})", revision, "day", Code(date));
    }

    private static Button Nothing(int revision, string text) => FlowButton.Of(text == " " ? "·" : text, revision, "none");
}
