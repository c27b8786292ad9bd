namespace Bot.Core.Digests;

/// <summary>The digest's numbers for one department and company: this period's and the previous period's.</summary>
public sealed record DigestCell(int DepartmentId, int CompanyId)
{
    public int New { get; init; }

    public int NewBefore { get; init; }

    public int Accepted { get; init; }

    public int Rejected { get; init; }

    public int Done { get; init; }

    public int DoneBefore { get; init; }

    public int DueToday { get; init; }

    public int DueTomorrow { get; init; }

    public int Overdue { get; init; }

    public int InReview { get; init; }

    public int InWork { get; init; }
}
