using Bot.Core.Filings;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishFilingTexts : FilingTexts
{
    public static readonly EnglishFilingTexts Instance = new();

    private EnglishFilingTexts()
    {
    }

    public override string FilingsButton => "Filings";

    public override string ChooseCompany => "Filings: choose a company.";

    public override string OpenButton => "Open";

    public override string StatusName(FilingStatus status) => status switch
    {
        FilingStatus.Sent => "Sent",
        FilingStatus.Delivered => "Delivered",
        FilingStatus.Accepted => "Accepted",
        FilingStatus.Rejected => "Rejected",
        _ => "Needs clarification",
    };

    public override string DocumentName(FilingDocumentKind kind) => kind switch
    {
        FilingDocumentKind.Report => "Report",
        FilingDocumentKind.Receipt => "Receipt of acceptance",
        FilingDocumentKind.InputNotice => "Notice of input",
        FilingDocumentKind.Refusal => "Notice of refusal",
        _ => "Protocol",
    };

    public override string List(string companyName, int total, int first, int last) =>
        $"<b>Filings — {Escape(companyName)}</b>\nReports {first}–{last} of {total}, latest periods first. Tap a report for its history and documents.";

    public override string Empty(string companyName) => $"<b>Filings — {Escape(companyName)}</b>\nNo reports filed yet.";

    protected override string SentLabel => "sent";

    protected override string StatusLabel => "Status";

    protected override string HistoryLabel => "History:";

    protected override string ReasonLabel => "Reason";
}
