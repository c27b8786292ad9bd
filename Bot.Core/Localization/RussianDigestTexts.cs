using System.Globalization;
using Bot.Core.Digests;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianDigestTexts : DigestTexts
{
    public static readonly RussianDigestTexts Instance = new();

    private RussianDigestTexts()
    {
    }

    public override string Title(DateOnly day) => $"📊 <b>Сводка на {Date(day)}</b>";

    public override string Department(string name) => $"<b>Отдел «{Escape(name)}»</b>";

    public override string Company(string name) => $"<b>Клиент {Escape(name)}</b>";

    public override string Numbers(DigestCell cell) =>
        $"Новые: {cell.New} (за прошлый период {cell.NewBefore}) · приняты: {cell.Accepted} · отклонены: {cell.Rejected} · выполнены: {cell.Done} (за прошлый период {cell.DoneBefore})\n" +
        $"Срок сегодня: {cell.DueToday} · завтра: {cell.DueTomorrow} · просрочены: {cell.Overdue} · на рассмотрении: {cell.InReview} · в работе: {cell.InWork}";

    public override string Worst(OverdueTask task, string companyName) =>
        $"⚠ №{task.Number} · {Escape(companyName)} · {Escape(task.ServiceTitle)} — срок был {Date(task.Deadline)}";

    public override string Unanswered(int recipients) => $"📢 Без ответа на уведомления (после напоминания): {recipients}";

    public override string UnansweredInFirm(int recipients, int companies) =>
        $"<b>Уведомления</b>\n📢 Без ответа после напоминания: {recipients} (компаний: {companies})";

    public override string Rejected(int filings) => $"❌ Отчёты отклонены или требуют уточнения: {filings}";

    public override string RejectedInFirm(int filings, int companies) =>
        $"<b>Отчётность</b>\n❌ Отклонены или требуют уточнения: {filings} (компаний: {companies})";

    public override string NothingToShow => "Нет задач.";

    public override string NotAManager => "Сводка приходит руководителям отделов, менеджерам клиентов и администраторам.";

    public override string TurnedOff => "Утренняя сводка выключена. Включить снова: /digest on";

    public override string TurnedOn => "Утренняя сводка включена: она приходит каждый рабочий день. Выключить: /digest off";

    public override string ChartOpen => "Открытые задачи по отделам";

    public override string ChartTrend => "Просрочено, последние 4 недели";

    public override IReadOnlyList<string> ChartSeries => ["На рассмотрении", "В работе", "Просрочены"];

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
