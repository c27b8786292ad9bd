using Bot.Core.Digests;

namespace Bot.Storage.Digests;

/// <summary>One department and company's numbers as read, with the period's status changes added to them.</summary>
internal sealed class DigestCellRow
{
    public int DepartmentId { get; init; }

    public int CompanyId { get; init; }

    public int New { get; init; }

    public int NewBefore { get; init; }

    public int DueToday { get; init; }

    public int DueTomorrow { get; init; }

    public int Overdue { get; init; }

    public int InReview { get; init; }

    public int InWork { get; init; }

    private int Accepted { get; set; }

    private int Rejected { get; set; }

    private int Done { get; set; }

    private int DoneBefore { get; set; }

    public void Add(StatusChangeRow change)
    {
        switch (change.Body, change.ThisPeriod)
        {
            case ("accepted", true):
                Accepted += change.Count;
                break;
            case ("rejected", true):
                Rejected += change.Count;
                break;
            case ("done", true):
                Done += change.Count;
                break;
            case ("done", false):
                DoneBefore += change.Count;
                break;
        }
    }

    public DigestCell ToCell() => new(DepartmentId, CompanyId)
    {
        New = New, NewBefore = NewBefore, Accepted = Accepted, Rejected = Rejected, Done = Done, DoneBefore = DoneBefore,
        DueToday = DueToday, DueTomorrow = DueTomorrow, Overdue = Overdue, InReview = InReview, InWork = InWork,
    };
}
