using System.Globalization;
using Bot.Core.Drive;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishDriveTexts : DriveTexts
{
    public static readonly EnglishDriveTexts Instance = new();

    private EnglishDriveTexts()
    {
    }

    public override string DocumentsButton => "Documents";

    public override string UploadButton => "Upload here";

    public override string ArchiveButton => "Archive";

    public override string ReportButton => "Download report";

    public override string ThisMonthButton => "This month";

    public override string LastMonthButton => "Last month";

    public override string AllCompaniesButton => "All companies";

    public override string FolderName(DriveFolder folder) => folder == DriveFolder.ForClient ? "For the client" : "From the client";

    public override string Home(string companyName) => $"<b>Documents of {Escape(companyName)}</b>\nChoose a folder:";

    public override string ChooseCompany => "Whose documents do you want to open?";

    public override string Folder(string companyName, DriveFolder folder, int total, int first, int last) =>
        $"<b>{FolderName(folder)}</b> — {Escape(companyName)}\n{total} document(s); {first}–{last} shown, newest first. Tap a document to get it.";

    public override string EmptyFolder(string companyName, DriveFolder folder) => $"<b>{FolderName(folder)}</b> — {Escape(companyName)}\nNo documents yet.";

    public override string DocumentButton(DriveDocument document) =>
        $"📄 {document.File.Name} · {FileSize.English(document.Size)} · {document.UploadedAt.ToString("dd.MM", CultureInfo.InvariantCulture)} · {document.UploadedByName}";

    public override string UploadPrompt(string companyName, DriveFolder folder) =>
        $"Send files for «{FolderName(folder)}» ({Escape(companyName)}): several at once if you like, up to 20 MB each. Press «Done» when finished.";

    public override string Uploaded(string fileName, DriveFolder folder) => $"Saved «{Escape(fileName)}» in «{FolderName(folder)}».";

    public override string UploadDone(int count, DriveFolder folder) => $"Done: {count} file(s) uploaded to «{FolderName(folder)}».";

    public override string NewDocument(string fileName, DriveFolder folder, string companyName) =>
        $"📄 New document: «{Escape(fileName)}» in «{FolderName(folder)}» ({Escape(companyName)}).";

    public override string StrayFile(string fileName) => $"Where should «{Escape(fileName)}» go?";

    public override string StrayFileStaff =>
        "To give a file to a client, open «Documents» → the company → «For the client» → «Upload here» and send it there.";

    public override string ReportPeriod => "<b>Download report</b>\nChoose a period or type the dates: DD.MM.YYYY–DD.MM.YYYY.";

    public override string ReportCompany(DateOnly first, DateOnly last) => $"Period: {Date(first)}–{Date(last)}. Choose a company:";

    public override string ReportCaption(DateOnly first, DateOnly last, string? companyName, int downloads) =>
        $"Download report for {Date(first)}–{Date(last)} ({(companyName is null ? "all companies" : Escape(companyName))}): {downloads} download(s).";

    public override string Archived(string fileName) => $"«{fileName}» is archived: the client no longer sees it; it stays in storage and in the audit.";

    public override string PeriodMalformed => "I did not understand the period. Type it like 01.11.2026–30.11.2026.";

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
