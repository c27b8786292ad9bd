using System.Globalization;
using Bot.Core.Filings;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

/// <summary>«Отчётность»'s words. HTML with everything inserted escaped.</summary>
public abstract class FilingTexts
{
    public abstract string FilingsButton { get; }

    public abstract string ChooseCompany { get; }

    public abstract string StatusName(FilingStatus status);

    public abstract string DocumentName(FilingDocumentKind kind);

    public abstract string List(string companyName, int total, int first, int last);

    public abstract string Empty(string companyName);

    public string ListButton(Filing filing) => $"{Icon(filing.Status)} {filing.Report} · {filing.Period} · {filing.Authority} — {StatusName(filing.Status)}";

    /// <summary>A filing's card: what, where, when, and its history with reasons, at the firm's local times.</summary>
    public string Card(Filing filing, string companyName, Func<DateTimeOffset, DateTimeOffset> toFirmTime)
    {
        var history = filing.Events.Select(e => $"• {When(toFirmTime(e.At))} — {StatusName(e.Status)}" + (string.IsNullOrEmpty(e.Reason) ? "" : $": {Escape(e.Reason)}"));
        return $"{Icon(filing.Status)} <b>{Escape(filing.Report)} · {Escape(filing.Period)}</b>\n{Escape(companyName)} · {Escape(filing.Authority)} · {SentLabel} {When(toFirmTime(filing.SentAt))}\n"
            + $"{StatusLabel}: <b>{StatusName(filing.Status)}</b>\n\n{HistoryLabel}\n{string.Join('\n', history)}";
    }

    /// <summary>Told to a company's employees when a filing reaches an outcome.</summary>
    public string Outcome(Filing filing, string companyName) =>
        $"{Icon(filing.Status)} <b>{Escape(filing.Report)} · {Escape(filing.Period)}</b> ({Escape(filing.Authority)}, {Escape(companyName)}): {StatusName(filing.Status)}"
        + (string.IsNullOrEmpty(filing.Reason) ? "" : $"\n{ReasonLabel}: {Escape(filing.Reason)}");

    public abstract string OpenButton { get; }

    protected abstract string SentLabel { get; }

    protected abstract string StatusLabel { get; }

    protected abstract string HistoryLabel { get; }

    protected abstract string ReasonLabel { get; }

    private static string Icon(FilingStatus status) => status switch
    {
        FilingStatus.Accepted => "✅",
        FilingStatus.Rejected => "❌",
        FilingStatus.Clarification => "⚠️",
        _ => "📤",
    };

    private static string When(DateTimeOffset firmTime) => firmTime.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
