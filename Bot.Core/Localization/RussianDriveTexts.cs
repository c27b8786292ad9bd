using System.Globalization;
using Bot.Core.Drive;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianDriveTexts : DriveTexts
{
    public static readonly RussianDriveTexts Instance = new();

    private RussianDriveTexts()
    {
    }

    public override string DocumentsButton => "Документы";

    public override string UploadButton => "Загрузить сюда";

    public override string ArchiveButton => "В архив";

    public override string ReportButton => "Отчёт о скачиваниях";

    public override string ThisMonthButton => "Этот месяц";

    public override string LastMonthButton => "Прошлый месяц";

    public override string AllCompaniesButton => "Все компании";

    public override string FolderName(DriveFolder folder) => folder == DriveFolder.ForClient ? "Данные для клиента" : "Данные от клиента";

    public override string Home(string companyName) => $"<b>Документы компании {Escape(companyName)}</b>\nВыберите папку:";

    public override string ChooseCompany => "Документы какой компании открыть?";

    public override string Folder(string companyName, DriveFolder folder, int total, int first, int last) =>
        $"<b>{FolderName(folder)}</b> — {Escape(companyName)}\nДокументов: {total}. Показаны {first}–{last}, новые сверху. Нажмите на документ, чтобы получить его.";

    public override string EmptyFolder(string companyName, DriveFolder folder) => $"<b>{FolderName(folder)}</b> — {Escape(companyName)}\nВ папке пока нет документов.";

    public override string DocumentButton(DriveDocument document) =>
        $"📄 {document.File.Name} · {FileSize.Russian(document.Size)} · {document.UploadedAt.ToString("dd.MM", CultureInfo.InvariantCulture)} · {document.UploadedByName}";

    public override string UploadPrompt(string companyName, DriveFolder folder) =>
        $"Пришлите файлы для папки «{FolderName(folder)}» ({Escape(companyName)}): можно несколько сразу, до 20 МБ каждый. Когда закончите, нажмите «Готово».";

    public override string Uploaded(string fileName, DriveFolder folder) => $"Сохранён «{Escape(fileName)}» в папке «{FolderName(folder)}».";

    public override string UploadDone(int count, DriveFolder folder) => $"Готово: в папку «{FolderName(folder)}» загружено файлов: {count}.";

    public override string NewDocument(string fileName, DriveFolder folder, string companyName) =>
        $"📄 Новый документ: «{Escape(fileName)}» в папке «{FolderName(folder)}» ({Escape(companyName)}).";

    public override string StrayFile(string fileName) => $"Куда сохранить «{Escape(fileName)}»?";

    public override string StrayFileStaff =>
        "Чтобы положить файл клиенту, откройте «Документы» → компанию → «Данные для клиента» → «Загрузить сюда» и пришлите его там.";

    public override string ReportPeriod => "<b>Отчёт о скачиваниях</b>\nВыберите период или напишите даты: ДД.ММ.ГГГГ–ДД.ММ.ГГГГ.";

    public override string ReportCompany(DateOnly first, DateOnly last) => $"Период: {Date(first)}–{Date(last)}. Выберите компанию:";

    public override string ReportCaption(DateOnly first, DateOnly last, string? companyName, int downloads) =>
        $"Отчёт о скачиваниях за {Date(first)}–{Date(last)} ({(companyName is null ? "все компании" : Escape(companyName))}): скачиваний {downloads}.";

    public override string Archived(string fileName) => $"Документ «{fileName}» убран в архив: клиент его больше не видит, в хранилище и журнале он остался.";

    public override string PeriodMalformed => "Не понял период. Напишите его так: 01.11.2026–30.11.2026.";

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
