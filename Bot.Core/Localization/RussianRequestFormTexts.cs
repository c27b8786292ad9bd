using System.Globalization;
using Bot.Core.Requests;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianRequestFormTexts : RequestFormTexts
{
    public static readonly RussianRequestFormTexts Instance = new();

    private static readonly string[] Months =
        ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];

    private RussianRequestFormTexts()
    {
    }

    public override string CancelButton => "Отмена";

    public override string KeepDescriptionButton => "Оставить описание";

    public override string DoneButton => "Готово";

    public override string NoFilesButton => "Продолжить без файлов";

    public override string SendButton => "Отправить";

    public override string KeepDeadlineButton(DateOnly day) => $"Оставить {Date(day)}";

    public override string ChooseService => "Выберите услугу:";

    public override string Description(string serviceTitle, string templateDescription) =>
        $"<b>{Escape(serviceTitle)}</b>\n\n" + (templateDescription.Length == 0
            ? "Опишите задачу одним сообщением."
            : $"Описание из шаблона:\n<i>{Escape(templateDescription)}</i>\n\nОставьте его кнопкой «{KeepDescriptionButton}» или напишите своё одним сообщением.");

    public override string Attachments(string serviceTitle, IReadOnlyList<DraftFile> files, bool required) =>
        $"<b>{Escape(serviceTitle)}</b>\n\nПрикрепите сканы: фото или документы, можно несколько сразу (каждый до 20 МБ). " +
        (required ? "Для этой услуги нужен хотя бы один файл." : "Если файлов нет, нажмите «" + NoFilesButton + "».") +
        $"\n\nПрикреплено файлов: {files.Count}" + string.Concat(files.Select(file => $"\n• {Escape(file.Name)} ({FileSize.Russian(file.Size)})"));

    public override string FileAccepted(string fileName) => $"Файл «{Escape(fileName)}» прикреплён.";

    public override string Deadline(string serviceTitle, DateOnly earliest, int plannedDays, DateOnly hardDue, DateOnly current) =>
        $"<b>{Escape(serviceTitle)}</b>\n\nСрок исполнения: <b>{Date(current)}</b>\n" +
        $"По регламенту — не раньше {Date(earliest)} ({RussianTexts.Instance.WorkingDays(plannedDays)}), исполнитель обязуется не позднее {Date(hardDue)}.\n\n" +
        "Оставьте срок, выберите другой день в календаре или напишите дату: ДД.ММ.ГГГГ. Дни в скобках — нерабочие.";

    public override string Summary(string serviceTitle, string description, IReadOnlyList<DraftFile> files, DateOnly deadline, DateOnly plannedDue, DateOnly hardDue) =>
        $"<b>Проверьте заявку</b>\n\nУслуга: <b>{Escape(serviceTitle)}</b>\nОписание: {Escape(description)}\n" +
        $"Файлы: {(files.Count == 0 ? "нет" : string.Join(", ", files.Select(file => Escape(file.Name))))}\n" +
        $"Срок: <b>{Date(deadline)}</b> (по регламенту {Date(plannedDue)}, не позднее {Date(hardDue)})\n\nВсё верно? После отправки заявку нельзя изменить или удалить — только написать комментарий.";

    public override string Submitted(int number, string? assigneeName) =>
        $"Заявка <b>№{number}</b> отправлена. Статус: «На рассмотрении».\n" +
        (assigneeName is null ? "Исполнитель будет назначен менеджером." : $"Исполнитель: {Escape(assigneeName)}.") +
        "\nСледить за ней можно в разделе «Мои заявки».";

    public override string SubmittedWaiting(int number, int predecessorNumber) =>
        $"Заявка <b>№{number}</b> принята и ожидает завершения заявки №{predecessorNumber}: как только та будет выполнена, заявка поступит исполнителю. Статус: «Ожидает».";

    public override string Cancelled => "Заявка отменена, ничего не отправлено.";

    public override string ServiceGone => "Эта услуга больше не подключена для вашей компании. Заявка не отправлена.";

    public override IReadOnlyList<string> WeekdayLetters => ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"];

    public override string Month(DateOnly month) => $"{Months[month.Month - 1]} {month.Year}";

    public override string UseButtons => "Пожалуйста, воспользуйтесь кнопками под сообщением. Отменить заявку: /cancel.";

    public override string DescriptionTooLong(int length, int limit) => $"Описание слишком длинное: {length} знаков, можно не более {limit}. Сократите его или приложите текст файлом.";

    public override string FileRequired => "Для этой услуги нужен хотя бы один файл: пришлите фото или документ.";

    public override string FileTooLarge(string fileName) => $"Файл «{fileName}» больше 20 МБ — Telegram не даёт ботам скачивать такие. Сожмите его или разделите на части.";

    public override string FileTypeNotAccepted(string extension) => $"Файлы {extension} не принимаются. Подходят PDF, фото, документы Word и Excel, текст, XML и архивы ZIP.";

    public override string TooManyFiles(int limit) => $"К заявке можно приложить не более {limit} файлов.";

    public override string FilesNotHere => "Файлы принимаются на шаге прикрепления файлов. Сейчас, пожалуйста, воспользуйтесь кнопками под сообщением.";

    public override string DateMalformed(string typed) => $"Не понял дату «{Shorten(typed)}». Напишите её так: 25.12.2026.";

    public override string DayOff(DateOnly day) => $"{Date(day)} — нерабочий день. Выберите рабочий день.";

    public override string DeadlineTooFar(DateOnly latest) => $"Срок можно указать не позднее {Date(latest)}.";

    public override string DeadlineChanged => "Пока заявка ждала отправки, выбранный срок стал меньше допустимого. Выберите срок заново.";

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
