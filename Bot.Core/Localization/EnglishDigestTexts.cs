using System.Globalization;
using Bot.Core.Digests;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishDigestTexts : DigestTexts
{
    public static readonly EnglishDigestTexts Instance = new();

    private EnglishDigestTexts()
    {
    }

    public override string Title(DateOnly day) => $"📊 <b>Digest for {Date(day)}</b>";

    public override string Department(string name) => $"<b>Department «{Escape(name)}»</b>";

    public override string Company(string name) => $"<b>Client {Escape(name)}</b>";

    public override string Numbers(DigestCell cell) =>
        $"New: {cell.New} (previous period {cell.NewBefore}) · accepted: {cell.Accepted} · rejected: {cell.Rejected} · done: {cell.Done} (previous period {cell.DoneBefore})\n" +
        $"Due today: {cell.DueToday} · tomorrow: {cell.DueTomorrow} · overdue: {cell.Overdue} · under review: {cell.InReview} · in work: {cell.InWork}";

    public override string Worst(OverdueTask task, string companyName) =>
        $"⚠ No. {task.Number} · {Escape(companyName)} · {Escape(task.ServiceTitle)} — was due {Date(task.Deadline)}";

    public override string Unanswered(int recipients) => $"📢 Notifications unanswered after a reminder: {recipients}";

    public override string UnansweredInFirm(int recipients, int companies) =>
        $"<b>Notifications</b>\n📢 Unanswered after a reminder: {recipients} (companies: {companies})";

    public override string Rejected(int filings) => $"❌ Filings rejected or needing clarification: {filings}";

    public override string RejectedInFirm(int filings, int companies) =>
        $"<b>Filings</b>\n❌ Rejected or needing clarification: {filings} (companies: {companies})";

    public override string NothingToShow => "No tasks.";

    public override string NotAManager => "The digest goes to department heads, client managers and administrators.";

    public override string TurnedOff => "The morning digest is off. To turn it on again: /digest on";

    public override string TurnedOn => "The morning digest is on: it comes every working day. To turn it off: /digest off";

    public override string ChartOpen => "Open tasks by department";

    public override string ChartTrend => "Overdue, last 4 weeks";

    public override IReadOnlyList<string> ChartSeries => ["Under review", "In work", "Overdue"];

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
