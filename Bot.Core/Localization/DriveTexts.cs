using Bot.Core.Drive;

namespace Bot.Core.Localization;

/// <summary>The drive's and the download report's words. HTML with everything inserted escaped, except the
/// notices documented as plain text.</summary>
public abstract class DriveTexts
{
    public abstract string DocumentsButton { get; }

    public abstract string UploadButton { get; }

    public abstract string ArchiveButton { get; }

    public abstract string ReportButton { get; }

    public abstract string ThisMonthButton { get; }

    public abstract string LastMonthButton { get; }

    public abstract string AllCompaniesButton { get; }

    public abstract string FolderName(DriveFolder folder);

    public abstract string Home(string companyName);

    public abstract string ChooseCompany { get; }

    public abstract string Folder(string companyName, DriveFolder folder, int total, int first, int last);

    public abstract string EmptyFolder(string companyName, DriveFolder folder);

    public abstract string DocumentButton(DriveDocument document);

    public abstract string UploadPrompt(string companyName, DriveFolder folder);

    public abstract string Uploaded(string fileName, DriveFolder folder);

    public abstract string UploadDone(int count, DriveFolder folder);

    public abstract string NewDocument(string fileName, DriveFolder folder, string companyName);

    public abstract string StrayFile(string fileName);

    public abstract string StrayFileStaff { get; }

    public abstract string ReportPeriod { get; }

    public abstract string ReportCompany(DateOnly first, DateOnly last);

    public abstract string ReportCaption(DateOnly first, DateOnly last, string? companyName, int downloads);

    /// <summary>Plain text.</summary>
    public abstract string Archived(string fileName);

    /// <summary>Plain text.</summary>
    public abstract string PeriodMalformed { get; }
}
