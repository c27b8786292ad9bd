using Bot.Core.Requests;

namespace Bot.Core.Onboarding;

/// <summary>Whom a department offers to pick: its staff who are not blocked, by name.</summary>
public interface IDepartmentStaff
{
    Task<IReadOnlyList<StaffChoice>> StaffOfAsync(int departmentId, CancellationToken cancellationToken);
}
