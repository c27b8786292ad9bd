using System.Globalization;
using Bot.Core.Requests;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishRequestFormTexts : RequestFormTexts
{
    public static readonly EnglishRequestFormTexts Instance = new();

    private EnglishRequestFormTexts()
    {
    }

    public override string CancelButton => "Cancel";

    public override string KeepDescriptionButton => "Keep the description";

    public override string DoneButton => "Done";

    public override string NoFilesButton => "Continue without files";

    public override string SendButton => "Send";

    public override string KeepDeadlineButton(DateOnly day) => $"Keep {Date(day)}";

    public override string ChooseService => "Choose a service:";

    public override string Description(string serviceTitle, string templateDescription) =>
        $"<b>{Escape(serviceTitle)}</b>\n\n" + (templateDescription.Length == 0
            ? "Describe the task in one message."
            : $"The template's description:\n<i>{Escape(templateDescription)}</i>\n\nKeep it with «{KeepDescriptionButton}» or type your own in one message.");

    public override string Attachments(string serviceTitle, IReadOnlyList<DraftFile> files, bool required) =>
        $"<b>{Escape(serviceTitle)}</b>\n\nAttach scans: photos or documents, several at once if you like (up to 20 MB each). " +
        (required ? "This service needs at least one file." : "If there are none, press «" + NoFilesButton + "».") +
        $"\n\nFiles attached: {files.Count}" + string.Concat(files.Select(file => $"\n• {Escape(file.Name)} ({FileSize.English(file.Size)})"));

    public override string FileAccepted(string fileName) => $"File «{Escape(fileName)}» attached.";

    public override string Deadline(string serviceTitle, DateOnly earliest, int plannedDays, DateOnly hardDue, DateOnly current) =>
        $"<b>{Escape(serviceTitle)}</b>\n\nDeadline: <b>{Date(current)}</b>\n" +
        $"By the service's regulations: not before {Date(earliest)} ({EnglishTexts.Instance.WorkingDays(plannedDays)}); the firm commits to {Date(hardDue)} at the latest.\n\n" +
        "Keep it, pick another day in the calendar or type a date as DD.MM.YYYY. Days in brackets are days off.";

    public override string Summary(string serviceTitle, string description, IReadOnlyList<DraftFile> files, DateOnly deadline, DateOnly plannedDue, DateOnly hardDue) =>
        $"<b>Check your request</b>\n\nService: <b>{Escape(serviceTitle)}</b>\nDescription: {Escape(description)}\n" +
        $"Files: {(files.Count == 0 ? "none" : string.Join(", ", files.Select(file => Escape(file.Name))))}\n" +
        $"Deadline: <b>{Date(deadline)}</b> (regulations: {Date(plannedDue)}, at the latest {Date(hardDue)})\n\nAll correct? Once sent, a request cannot be changed or deleted — only commented on.";

    public override string Submitted(int number, string? assigneeName) =>
        $"Request <b>No. {number}</b> sent. Status: «Under review».\n" +
        (assigneeName is null ? "A manager will assign it." : $"Assignee: {Escape(assigneeName)}.") +
        "\nFollow it in «My requests».";

    public override string SubmittedWaiting(int number, int predecessorNumber) =>
        $"Request <b>No. {number}</b> is registered and waits for request No. {predecessorNumber} to be done; then it goes to its assignee. Status: «Waiting».";

    public override string Cancelled => "Request cancelled; nothing was sent.";

    public override string ServiceGone => "This service is no longer available to your company. The request was not sent.";

    public override IReadOnlyList<string> WeekdayLetters => ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    public override string Month(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public override string UseButtons => "Please use the buttons under the message. To cancel the request: /cancel.";

    public override string DescriptionTooLong(int length, int limit) => $"The description is too long: {length} characters, at most {limit}. Shorten it or attach the text as a file.";

    public override string FileRequired => "This service needs at least one file: send a photo or a document.";

    public override string FileTooLarge(string fileName) => $"«{fileName}» is larger than 20 MB, which Telegram does not let bots download. Compress or split it.";

    public override string FileTypeNotAccepted(string extension) => $"{extension} files are not accepted. PDF, photos, Word and Excel documents, text, XML and ZIP archives are.";

    public override string TooManyFiles(int limit) => $"A request takes at most {limit} files.";

    public override string FilesNotHere => "Files are taken at the attachments step. For now, please use the buttons under the message.";

    public override string DateMalformed(string typed) => $"«{(typed.Length <= 30 ? typed : typed[..30] + "…")}» is not a date I understand. Type it like 25.12.2026.";

    public override string DayOff(DateOnly day) => $"{Date(day)} is a day off. Choose a working day.";

    public override string DeadlineTooFar(DateOnly latest) => $"The deadline can be no later than {Date(latest)}.";

    public override string DeadlineChanged => "While the request waited to be sent, the chosen deadline became shorter than allowed. Please choose it again.";

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
