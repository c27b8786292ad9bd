using Bot.Core.Access;
using Bot.Core.Routing;

namespace Bot.Core.Requests;

/// <summary>Who may see a task and talk in it: a client employee acting for the task's company (another
/// company of theirs must be switched to first), and the firm's people who serve that company.</summary>
public sealed class TaskAccess(AccessPolicy access)
{
    public bool MayView(Caller caller, TaskDetails task) =>
        access.Allows(caller.User.Id, caller.Identity, AccessAction.ViewRequests, new AccessTarget.Company(task.CompanyId))
        && (caller.Identity.ActingFor?.CompanyId == task.CompanyId || caller.Identity.Staff is not null || caller.Role == Role.Administrator);

    /// <summary>Comments from the client's side; the staff side comments from its own card.</summary>
    public bool MayComment(Caller caller, TaskDetails task) =>
        caller.Identity.ActingFor?.CompanyId == task.CompanyId && MayView(caller, task);
}
