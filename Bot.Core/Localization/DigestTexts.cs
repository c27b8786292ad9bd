using Bot.Core.Digests;

namespace Bot.Core.Localization;

/// <summary>The managers' digest's words (HTML, names escaped) and its chart's labels (plain).</summary>
public abstract class DigestTexts
{
    public abstract string Title(DateOnly day);

    public abstract string Department(string name);

    public abstract string Company(string name);

    public abstract string Numbers(DigestCell cell);

    public abstract string Worst(OverdueTask task, string companyName);

    public abstract string NothingToShow { get; }

    /// <summary>A company's notifications' recipients still silent after their reminder.</summary>
    public abstract string Unanswered(int recipients);

    public abstract string UnansweredInFirm(int recipients, int companies);

    /// <summary>A company's filings standing rejected or needing clarification.</summary>
    public abstract string Rejected(int filings);

    public abstract string RejectedInFirm(int filings, int companies);

    public abstract string NotAManager { get; }

    public abstract string TurnedOff { get; }

    public abstract string TurnedOn { get; }

    public abstract string ChartOpen { get; }

    public abstract string ChartTrend { get; }

    public abstract IReadOnlyList<string> ChartSeries { get; }
}
