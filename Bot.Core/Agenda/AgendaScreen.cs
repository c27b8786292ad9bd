using System.Globalization;
using Bot.Core.Localization;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Agenda;

/// <summary>The calendar as a message: every day of the window with its weekday, days off marked, the day's items beneath.</summary>
public static class AgendaScreen
{
    public static string Html(AgendaWindow window, string title, bool showCompany, CalendarTexts texts)
    {
        var lines = new List<string> { texts.Title(title, window.From, window.To) };
        if (window.WithoutProfile.Count > 0 && !showCompany)
        {
            lines.Add($"<i>{Escape(texts.NoProfile)}</i>");
        }

        if (window.Items.Count == 0)
        {
            lines.Add("");
            lines.Add(Escape(texts.NothingPlanned));
        }

        for (var date = window.From; date <= window.To; date = date.AddDays(1))
        {
            lines.Add("");
            lines.Add(texts.Day(date, !window.Calendar.IsWorkingDay(date)));
            lines.AddRange(window.Items.Where(item => item.Date == date).Select(item => Line(item, showCompany)));
        }

        return string.Join('\n', lines);
    }

    private static string Line(AgendaItem item, bool showCompany)
    {
        var company = showCompany ? $"<i>{Escape(item.CompanyName)}</i>: " : "";
        return item.Kind switch
        {
            AgendaKind.Event => $"🤝 {company}{(item.At is { } at ? $"<b>{at.ToString("HH:mm", CultureInfo.InvariantCulture)}</b> " : "")}{Escape(item.Title)}"
                + (item.Detail.Length > 0 ? $" — {Escape(item.Detail)}" : ""),
            AgendaKind.Deadline => $"⏰ {company}{Escape(item.Title)}",
            _ => $"🧾 {company}{Escape(item.Title)} — {Escape(item.Detail)}",
        };
    }
}
