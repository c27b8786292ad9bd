using Bot.Core.Deadlines;
using Bot.Core.Onboarding;
using Bot.Core.Requests;

namespace Bot.Core.Tests.Builders;

/// <summary>Onboardings and departments' staff in memory; the PostgreSQL implementation (with its lock) is tested end to end.</summary>
internal sealed class InMemoryOnboardings : IOnboardings, IDepartmentStaff
{
    private readonly Dictionary<int, (NewClient Client, string StartedBy, long StartedById, DateTimeOffset StartedAt)> started = [];
    private readonly HashSet<(int, int)> reminded = [];
    private readonly HashSet<(int, int)> escalated = [];

    public List<ServingDepartment> Departments { get; } = [new(1, "hr", "HR"), new(2, "accounting", "Бухгалтерия"), new(3, "consulting", "Консалтинг")];

    public Dictionary<string, string> KnownInns { get; } = [];

    public Dictionary<int, List<StaffChoice>> Staff { get; } = [];

    public Dictionary<int, long> Heads { get; } = [];

    /// <summary>(company, department) → the appointed PM and whether they are the main one.</summary>
    public Dictionary<(int, int), (StaffChoice Pm, bool IsMain, string Project)> Projects { get; } = [];

    public Task<IReadOnlyList<ServingDepartment>> DepartmentsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ServingDepartment>>(Departments);

    public Task<string?> CompanyNameByInnAsync(string inn, CancellationToken cancellationToken) => Task.FromResult(KnownInns.GetValueOrDefault(inn));

    public Task<int> StartAsync(NewClient client, TaskActor starter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = 100 + started.Count;
        started[id] = (client, starter.Name, starter.UserId, now);
        KnownInns[client.Inn] = client.Name;
        return Task.FromResult(id);
    }

    public Task<OnboardingStep?> FindAsync(int companyId, int departmentId, CancellationToken cancellationToken)
    {
        if (!started.TryGetValue(companyId, out var onboarding) || !onboarding.Client.DepartmentIds.Contains(departmentId))
        {
            return Task.FromResult<OnboardingStep?>(null);
        }

        var pm = Projects.TryGetValue((companyId, departmentId), out var project) ? project.Pm.Name : null;
        var department = Departments.Single(d => d.Id == departmentId);
        return Task.FromResult<OnboardingStep?>(new(companyId, onboarding.Client.Name, onboarding.Client.Inn, departmentId, department.Name, onboarding.StartedBy, onboarding.Client.Summary, pm));
    }

    public Task<IReadOnlyList<int>> PendingDepartmentsAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<int>>(started.TryGetValue(companyId, out var onboarding) ? [.. onboarding.Client.DepartmentIds.Where(d => !Projects.ContainsKey((companyId, d)))] : []);

    public Task<IReadOnlyList<StaffChoice>> StaffOfAsync(int departmentId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StaffChoice>>(Staff.TryGetValue(departmentId, out var list) ? list : []);

    public Task<AppointOutcome> AppointAsync(int companyId, int departmentId, int staffId, string projectName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Projects.ContainsKey((companyId, departmentId)))
        {
            return Task.FromResult<AppointOutcome>(new AppointOutcome.AlreadyAppointed());
        }

        if (Staff.GetValueOrDefault(departmentId)?.FirstOrDefault(s => s.StaffId == staffId) is not { } pm)
        {
            return Task.FromResult<AppointOutcome>(new AppointOutcome.NotOfDepartment());
        }

        var main = started[companyId].Client.MainDepartmentId is { } chosen ? chosen == departmentId : !Projects.Any(p => p.Key.Item1 == companyId && p.Value.IsMain);
        Projects[(companyId, departmentId)] = (pm, main, projectName);
        return Task.FromResult<AppointOutcome>(new AppointOutcome.Appointed(main, started[companyId].Client.DepartmentIds.All(d => Projects.ContainsKey((companyId, d)))));
    }

    public Task<IReadOnlyList<Recipient>> AdministratorsAsync(IReadOnlyCollection<long> configured, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Recipient>>([.. configured.Select(id => new Recipient(id, "ru"))]);

    public async Task<IReadOnlyList<Recipient>> CardRecipientsAsync(int departmentId, IReadOnlyCollection<long> administratorIds, CancellationToken cancellationToken) =>
        Heads.TryGetValue(departmentId, out var head) ? [new Recipient(head, "ru")] : await AdministratorsAsync(administratorIds, cancellationToken);

    public Task<IReadOnlyList<Recipient>> CompletionAudienceAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Recipient>>([new Recipient(started[companyId].StartedById, "ru")]);

    public Task<IReadOnlyList<WaitingDepartment>> WaitingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WaitingDepartment>>([.. started.SelectMany(s => s.Value.Client.DepartmentIds
            .Where(d => !Projects.ContainsKey((s.Key, d)))
            .Select(d => new WaitingDepartment(s.Key, d, s.Value.StartedAt, reminded.Contains((s.Key, d)), escalated.Contains((s.Key, d)))))]);

    public Task<bool> MarkRemindedAsync(int companyId, int departmentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(reminded.Add((companyId, departmentId)));

    public Task<bool> MarkEscalatedAsync(int companyId, int departmentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(escalated.Add((companyId, departmentId)));

    public Task<Recipient?> StaffRecipientAsync(int staffId, CancellationToken cancellationToken) => Task.FromResult<Recipient?>(null);
}
