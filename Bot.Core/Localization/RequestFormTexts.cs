using Bot.Core.Requests;

namespace Bot.Core.Localization;

/// <summary>The request form's words. Methods returning notices give plain text (a button's notice or a line
/// the caller escapes); the others give HTML with everything inserted escaped.</summary>
public abstract class RequestFormTexts
{
    public abstract string CancelButton { get; }

    public abstract string KeepDescriptionButton { get; }

    public abstract string DoneButton { get; }

    public abstract string NoFilesButton { get; }

    public abstract string SendButton { get; }

    public abstract string KeepDeadlineButton(DateOnly day);

    public abstract string ChooseService { get; }

    public abstract string Description(string serviceTitle, string templateDescription);

    public abstract string Attachments(string serviceTitle, IReadOnlyList<DraftFile> files, bool required);

    public abstract string FileAccepted(string fileName);

    public abstract string Deadline(string serviceTitle, DateOnly earliest, int plannedDays, DateOnly hardDue, DateOnly current);

    public abstract string Summary(string serviceTitle, string description, IReadOnlyList<DraftFile> files, DateOnly deadline, DateOnly plannedDue, DateOnly hardDue);

    public abstract string Submitted(int number, string? assigneeName);

    public abstract string SubmittedWaiting(int number, int predecessorNumber);

    public abstract string Cancelled { get; }

    public abstract string ServiceGone { get; }

    public abstract IReadOnlyList<string> WeekdayLetters { get; }

    public abstract string Month(DateOnly month);

    // Notices: plain text.
    public abstract string UseButtons { get; }

    public abstract string DescriptionTooLong(int length, int limit);

    public abstract string FileRequired { get; }

    public abstract string FileTooLarge(string fileName);

    public abstract string FileTypeNotAccepted(string extension);

    public abstract string TooManyFiles(int limit);

    public abstract string FilesNotHere { get; }

    public abstract string DateMalformed(string typed);

    public abstract string DayOff(DateOnly day);

    /// <summary>A typed deadline beyond the last month the calendar offers.</summary>
    public abstract string DeadlineTooFar(DateOnly latest);

    public abstract string DeadlineChanged { get; }
}
