using Bot.Core.Localization;

namespace Bot.Core.Digests;

/// <summary>A manager's digest as text: a section per department they see (all for an administrator, theirs for
/// a head) and per company they are the PM of, each with its numbers against the previous period and its most
/// overdue tasks. Sections are paragraphs, so a long digest splits between them.</summary>
public static class DigestComposer
{
    public static string Compose(Manager manager, DigestData data, DigestPeriod period, DigestTexts texts)
    {
        var sections = new List<string> { texts.Title(period.Today) };
        foreach (var department in Departments(manager, data))
        {
            sections.Add(Section(texts.Department(data.Departments[department]), Sum(data.Cells.Where(c => c.DepartmentId == department), department, 0),
                data.Worst.Where(t => t.DepartmentId == department).Take(3), data, texts));
        }

        foreach (var company in manager.PmOf.Where(data.Companies.ContainsKey).OrderBy(id => data.Companies[id], StringComparer.Ordinal))
        {
            sections.Add(Section(texts.Company(data.Companies[company]), Sum(data.Cells.Where(c => c.CompanyId == company), 0, company),
                data.Worst.Where(t => t.CompanyId == company).Take(3), data, texts)
                + (data.Unanswered?.GetValueOrDefault(company) is > 0 and var silent ? "\n" + texts.Unanswered(silent) : "")
                + (data.Rejected?.GetValueOrDefault(company) is > 0 and var rejected ? "\n" + texts.Rejected(rejected) : ""));
        }

        if (manager.WholeFirm && data.Unanswered?.Values.Sum() is > 0 and var total)
        {
            sections.Add(texts.UnansweredInFirm(total, data.Unanswered.Count(pair => pair.Value > 0)));
        }

        if (manager.WholeFirm && data.Rejected?.Values.Sum() is > 0 and var filings)
        {
            sections.Add(texts.RejectedInFirm(filings, data.Rejected.Count(pair => pair.Value > 0)));
        }

        return string.Join("\n\n", sections);
    }

    /// <summary>The departments a manager's digest (and chart) covers, by name.</summary>
    public static IReadOnlyList<int> Departments(Manager manager, DigestData data) =>
        [.. (manager.WholeFirm ? data.Departments.Keys : manager.HeadOf.Where(data.Departments.ContainsKey)).OrderBy(id => data.Departments[id], StringComparer.Ordinal)];

    /// <summary>The departments a manager's chart shows: their digest's, and those serving their companies.</summary>
    public static IReadOnlyList<int> ChartDepartments(Manager manager, DigestData data) =>
        [.. Departments(manager, data).Concat(data.Cells.Where(c => manager.PmOf.Contains(c.CompanyId)).Select(c => c.DepartmentId))
            .Where(data.Departments.ContainsKey).Distinct().OrderBy(id => data.Departments[id], StringComparer.Ordinal)];

    private static string Section(string title, DigestCell cell, IEnumerable<OverdueTask> worst, DigestData data, DigestTexts texts) =>
        title + "\n" + texts.Numbers(cell) + string.Concat(worst.Select(t => "\n" + texts.Worst(t, data.Companies.GetValueOrDefault(t.CompanyId, ""))));

    private static DigestCell Sum(IEnumerable<DigestCell> cells, int department, int company) =>
        cells.Aggregate(new DigestCell(department, company), (sum, c) => sum with
        {
            New = sum.New + c.New, NewBefore = sum.NewBefore + c.NewBefore, Accepted = sum.Accepted + c.Accepted, Rejected = sum.Rejected + c.Rejected,
            Done = sum.Done + c.Done, DoneBefore = sum.DoneBefore + c.DoneBefore, DueToday = sum.DueToday + c.DueToday, DueTomorrow = sum.DueTomorrow + c.DueTomorrow,
            Overdue = sum.Overdue + c.Overdue, InReview = sum.InReview + c.InReview, InWork = sum.InWork + c.InWork,
        });
}
