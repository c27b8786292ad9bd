using Bot.Core.Access;
using Bot.Core.Routing;

namespace Bot.Core.Requests;

/// <summary>Who may do what with a task, decided by the access policy from the stored task (never from a
/// button): a client employee sees and comments on their company's tasks while acting for it; the firm's
/// people who serve the company see them and comment; the assignee works the task; the company's PM and the
/// department head hand it over. A task of an archived company is read-only: it can be seen, not worked,
/// handed over or commented on, so nobody is told of anything new.</summary>
public sealed class TaskAccess(AccessPolicy access)
{
    public bool MayView(Caller caller, TaskDetails task) =>
        access.Allows(caller.User.Id, caller.Identity, AccessAction.ViewRequests, new AccessTarget.Company(task.CompanyId))
        && (caller.Identity.ActingFor?.CompanyId == task.CompanyId || caller.Identity.Staff is not null || caller.Role == Role.Administrator);

    public bool MayComment(Caller caller, TaskDetails task) => !task.CompanyArchived && MayView(caller, task);

    /// <summary>A comment from the client's side goes to the assignee; one from the firm's side to the requester.</summary>
    public static bool IsClientSide(Caller caller, TaskDetails task) =>
        caller.Identity.Staff is null && caller.Role != Role.Administrator && caller.Identity.ActingFor?.CompanyId == task.CompanyId;

    public bool MayWork(Caller caller, TaskDetails task) =>
        !task.CompanyArchived && access.Allows(caller.User.Id, caller.Identity, AccessAction.WorkTask, Target(task));

    public bool MayReassign(Caller caller, TaskDetails task) =>
        !task.CompanyArchived && access.Allows(caller.User.Id, caller.Identity, AccessAction.ReassignTask, Target(task));

    private static AccessTarget.ServiceTask Target(TaskDetails task) => new(task.CompanyId, task.DepartmentId, task.Assignee?.StaffId);
}
