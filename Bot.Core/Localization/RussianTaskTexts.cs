using System.Globalization;
using Bot.Core.Requests;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianTaskTexts : TaskTexts
{
    public static readonly RussianTaskTexts Instance = new();

    private RussianTaskTexts()
    {
    }

    public override string MyRequestsButton => "Мои заявки";

    public override string OpenRequestButton => "Открыть заявку";

    public override string FollowButton => "🔔 Следить";

    public override string UnfollowButton => "🔕 Не следить";

    public override string Followed(bool following) => following ? "Вы следите за заявкой: уведомления о ней придут и вам." : "Вы больше не следите за заявкой.";

    public override string CommentButton => "Комментарий";

    public override string BackToListButton => "« К списку заявок";

    public override string PreviousPageButton => "‹ Новее";

    public override string NextPageButton => "Старее ›";

    public override string StatusName(RequestStatus status) => status switch
    {
        RequestStatus.Review => "На рассмотрении",
        RequestStatus.Waiting => "Ожидает",
        RequestStatus.Accepted => "Принята в работу",
        RequestStatus.Done => "Выполнена",
        _ => "Отклонена",
    };

    public override string ListButton(TaskSummary task) => $"№{task.Number} · {task.ServiceTitle} · {StatusName(task.Status)} · до {task.RequestedDeadline:dd.MM}";

    public override string RequestList(string companyName, int total, int first, int last) =>
        $"<b>Заявки компании {Escape(companyName)}</b>\nВсего: {total}. Показаны {first}–{last}, новые сверху. Нажмите на заявку, чтобы открыть её.";

    public override string NoRequests(string companyName) => $"У компании <b>{Escape(companyName)}</b> пока нет заявок. Новую можно подать в разделе «Заказать услугу».";

    public override string ClientCard(TaskDetails task, Func<DateTimeOffset, DateTimeOffset> toFirmTime, bool overdue) =>
        $"<b>Заявка №{task.Number}</b> — {Escape(task.ServiceTitle)}\nСтатус: <b>{StatusName(task.Status)}</b>" + (overdue ? " — <b>Просрочена</b>" : "") +
        (task is { Status: RequestStatus.Waiting, WaitsForNumber: { } waits } ? $" (ждёт заявку №{waits})" : "") +
        $"\nЗаявитель: {Escape(task.RequesterName)}\nИсполнитель: {(task.Assignee is null ? "не назначен" : Escape(task.Assignee.Name))}" +
        $"\nСрок: {Date(task.RequestedDeadline)} (по регламенту {Date(task.PlannedDue)}, не позднее {Date(task.HardDue)})" +
        $"\nОписание: {Escape(task.Description)}\nФайлы: {task.Files.Count}\n\n<b>История</b>" +
        string.Concat(task.History.Select(entry => $"\n{toFirmTime(entry.At):dd.MM HH:mm} — {Entry(entry)}"));

    public override string NewTaskCard(TaskDetails task) =>
        $"🆕 <b>Новая заявка №{task.Number}</b>\nКомпания: {Escape(task.CompanyName)}\nУслуга: {Escape(task.ServiceTitle)}\n" +
        $"Заявитель: {Escape(task.RequesterName)}\nОписание: {Escape(task.Description)}\nФайлы: {task.Files.Count}\n" +
        $"Желаемый срок: <b>{Date(task.RequestedDeadline)}</b>\nПо регламенту: {Date(task.PlannedDue)}, не позднее {Date(task.HardDue)}\nСтатус: {StatusName(task.Status)}";

    public override string CommentPrompt(int number) =>
        $"Комментарий к заявке №{number}: напишите текст одним сообщением. Файлы можно прислать перед текстом.";

    public override string CommentFileAccepted(string fileName, int count) =>
        $"Файл «{Escape(fileName)}» будет приложен к комментарию (файлов: {count}). Напишите текст или нажмите «Отправить».";

    public override string CommentSaved(int number) => $"Комментарий добавлен к заявке №{number}.";

    public override string CommentToAssignee(TaskDetails task, string authorName, string text, int fileCount) =>
        $"💬 <b>Комментарий к заявке №{task.Number}</b> ({Escape(task.CompanyName)}) от {Escape(authorName)}:\n{Escape(text)}" +
        (fileCount > 0 ? $"\nФайлов: {fileCount}" : "");

    public override string CommentCancelled => "Комментарий отменён.";

    public override string CommentEmpty => "Напишите текст комментария или пришлите файл.";

    /// <summary>A history line, without its time.</summary>
    public static string Entry(TaskEntry entry) => entry.Kind switch
    {
        TaskEntryKind.Filed => $"подана ({Escape(entry.AuthorName ?? "")})",
        TaskEntryKind.Waiting => $"ожидает завершения заявки №{Escape(entry.Body)}",
        TaskEntryKind.Comment => $"{Escape(entry.AuthorName ?? "")}: {Escape(entry.Body)}" + (entry.FileCount > 0 ? $" [файлов: {entry.FileCount}]" : ""),
        TaskEntryKind.Reassigned => $"передана: {Escape(entry.Body)} ({Escape(entry.AuthorName ?? "")})",
        _ => RussianStaffTexts.Instance.StatusLine(entry.Body, entry.AuthorName),
    };

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
