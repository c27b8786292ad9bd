namespace Bot.Core.Access;

/// <summary>What an action is done on. Built on the server from stored rows, never from callback data.</summary>
public abstract record AccessTarget
{
    private AccessTarget()
    {
    }

    public sealed record Firm : AccessTarget;

    public sealed record Department(int DepartmentId) : AccessTarget;

    public sealed record Company(int CompanyId) : AccessTarget;

    public sealed record ServiceTask(int CompanyId, int DepartmentId, int? AssigneeStaffId) : AccessTarget;
}
