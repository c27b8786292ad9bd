namespace Bot.Core.Access;

/// <summary>A staff member as the access rules see them: their departments, the departments they head, the
/// companies they are a PM of, and the companies their departments serve.</summary>
public sealed record StaffProfile(
    int Id,
    bool IsAdministrator,
    IReadOnlyList<int> Departments,
    IReadOnlyList<int> HeadOf,
    IReadOnlyList<int> PmOf,
    IReadOnlyList<int> Serves);
