using System.Globalization;
using Bot.Core.Requests;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianStaffTexts : StaffTexts
{
    public static readonly RussianStaffTexts Instance = new();

    private RussianStaffTexts()
    {
    }

    public override string MyTasksButton => "Мои задачи";

    public override string AcceptButton => "Принять в работу";

    public override string RejectButton => "Отклонить";

    public override string CompleteButton => "Выполнено";

    public override string PassButton => "Передать";

    public override string SaveButton => "Сохранить";

    public override string FinishButton => "Завершить";

    public override string OpenTaskButton => "Открыть задачу";

    public override string Card(TaskDetails task, Func<DateTimeOffset, DateTimeOffset> toFirmTime) =>
        $"<b>Задача №{task.Number}</b> — {Escape(task.ServiceTitle)}\nКомпания: {Escape(task.CompanyName)}\nЗаявитель: {Escape(task.RequesterName)}\n" +
        $"Исполнитель: {(task.Assignee is null ? "не назначен" : Escape(task.Assignee.Name))}\nСтатус: <b>{RussianTaskTexts.Instance.StatusName(task.Status)}</b>\n" +
        $"Желаемый срок: <b>{Date(task.RequestedDeadline)}</b> (по регламенту {Date(task.PlannedDue)}, не позднее {Date(task.HardDue)})\n" +
        $"Описание: {Escape(task.Description)}\nФайлы: {task.Files.Count}" +
        (task.Checklist.Count == 0 ? "" : "\n\n<b>Чек-лист</b>" + string.Concat(task.Checklist.Select(item => $"\n{(item.Done ? "☑" : "☐")} {Escape(item.Text)}"))) +
        "\n\n<b>История</b>" + string.Concat(task.History.Select(entry => $"\n{toFirmTime(entry.At):dd.MM HH:mm} — {RussianTaskTexts.Entry(entry)}"));

    public override string ListButton(StaffTaskSummary task) =>
        $"{(task.Overdue ? "⚠ " : "")}№{task.Number} · {task.CompanyName} · {RussianTaskTexts.Instance.StatusName(task.Status)} · до {task.RequestedDeadline:dd.MM}";

    public override string TaskList(int total, int first, int last) =>
        $"<b>Мои задачи</b>\nОткрытых: {total}. Показаны {first}–{last}: просроченные (⚠) сверху, затем по статусу и сроку.";

    public override string NoTasks => "Открытых задач нет.";

    public override string RejectPrompt(int number) => $"Оставьте комментарий: почему задача №{number} отклонена. Напишите его одним сообщением.";

    public override string RejectPreview(int number, string reason) =>
        $"Задача №{number} будет отклонена с комментарием:\n<i>{Escape(reason)}</i>\n\nНажмите «{SaveButton}» или напишите комментарий заново.";

    public override string CompletePrompt(int number) =>
        $"Завершение задачи №{number}: пришлите файлы результата и/или напишите комментарий для клиента, затем нажмите «{FinishButton}».";

    public override string CompleteDraft(int number, int fileCount, string note) =>
        $"Завершение задачи №{number}. Файлов результата: {fileCount}." + (note.Length == 0 ? "" : $"\nКомментарий: <i>{Escape(note)}</i>") +
        $"\n\nМожно прислать ещё файлы или нажать «{FinishButton}».";

    public override string ChooseColleague(int number) => $"Кому передать задачу №{number}?";

    public override string Already(RequestStatus status) => status switch
    {
        RequestStatus.Accepted => "Задача уже принята.",
        RequestStatus.Rejected => "Задача уже отклонена.",
        RequestStatus.Done => "Задача уже выполнена.",
        RequestStatus.Waiting => "Задача ещё ожидает предыдущую.",
        _ => "Задача ещё на рассмотрении.",
    };

    public override string NoColleagues => "В отделе нет других сотрудников, которым можно передать задачу.";

    public override string ReasonNeeded => "Сначала напишите комментарий: почему задача отклонена.";

    public override string ResultNeeded => "Пришлите файл результата или напишите комментарий для клиента.";

    public override string Accepted(int number, string assigneeName) => $"Заявка №{number} принята в работу. Исполнитель: {Escape(assigneeName)}.";

    public override string Rejected(int number, string reason) => $"Заявка №{number} отклонена исполнителем.\nПричина: {Escape(reason)}";

    public override string Completed(int number, string note, int fileCount) =>
        $"Заявка №{number} выполнена." + (note.Length == 0 ? "" : $"\nКомментарий исполнителя: {Escape(note)}") + (fileCount > 0 ? $"\nФайлы результата ({fileCount}) — ниже." : "");

    public override string Released(int number) => $"Заявка №{number} дождалась предыдущей и поступила исполнителю. Статус: «На рассмотрении».";

    public override string ReassignedToYou(int number, string byName) => $"Вам передана задача №{number} (передал(а): {Escape(byName)}).";

    public override string TakenOverFromBlocked(int number, string companyName, string blockedName) =>
        $"Вам передана задача №{number} ({Escape(companyName)}): {Escape(blockedName)} больше не работает в боте. Откройте «Мои задачи».";

    public override string ReassignedAway(int number, string toName) => $"Задача №{number} передана: {Escape(toName)}.";

    public override string CommentToClient(TaskDetails task, string authorName, string text, int fileCount) =>
        $"💬 <b>Комментарий к заявке №{task.Number}</b> от {Escape(authorName)}:\n{Escape(text)}" + (fileCount > 0 ? $"\nФайлов: {fileCount}" : "");

    public override string DeadlineNotice(Deadlines.DeadlineNoticeKind kind, Deadlines.DueTask task)
    {
        var what = $"задачи №{task.Number} ({Escape(task.CompanyName)}, {Escape(task.ServiceTitle)})";
        var who = task.AssigneeName is null ? "исполнитель не назначен" : $"исполнитель: {Escape(task.AssigneeName)}";
        return kind switch
        {
            Deadlines.DeadlineNoticeKind.Before => $"⏰ Напоминание: срок {what} — {Date(task.Deadline)}.",
            Deadlines.DeadlineNoticeKind.DueToday => $"⏰ Сегодня срок {what}.",
            Deadlines.DeadlineNoticeKind.OverduePm => $"⚠ Просрочка {what}: срок был {Date(task.Deadline)}; {who}.",
            _ => $"⚠ Просрочка {what} не устранена: срок был {Date(task.Deadline)}; {who}.",
        };
    }

    public override string ReplyHint => "Ответьте на это сообщение, чтобы написать комментарий.";

    public override string StatusLine(string body, string? authorName) => body switch
    {
        "accepted" => $"принята в работу ({Escape(authorName ?? "")})",
        "rejected" => "Задача отклонена исполнителем",
        "done" => $"выполнена ({Escape(authorName ?? "")})",
        "review" => "поступила исполнителю",
        _ => Escape(body),
    };

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
