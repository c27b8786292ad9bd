using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Core.Access;

/// <summary>The one place that decides who may do what on which object, for the roles of the product:
/// administrators, staff (with department heads and the companies' PMs) and client employees. Every
/// handler asks it on the server, whatever a button claimed; nothing of one company reaches another's
/// employees.</summary>
public sealed class AccessPolicy(IOptions<AdministratorsOptions> administrators)
{
    private readonly HashSet<long> administratorIds = [.. administrators.Value.UserIds];

    public Role RoleOf(long userId, Identity identity) =>
        IsAdministrator(userId, identity) ? Role.Administrator
        : identity.Staff is not null ? Role.Staff
        : identity.Memberships.Count > 0 ? Role.ClientEmployee
        : Role.Guest;

    public bool Allows(long userId, Identity identity, AccessAction action, AccessTarget target)
    {
        if (IsAdministrator(userId, identity))
        {
            return true;
        }

        return (action, target) switch
        {
            (AccessAction.Administer, _) => false,
            (_, AccessTarget.Company company) => ForCompany(identity, action, company.CompanyId),
            (AccessAction.WorkTask, AccessTarget.ServiceTask task) => identity.Staff is { } staff && task.AssigneeStaffId == staff.Id,
            (AccessAction.ReassignTask, AccessTarget.ServiceTask task) => identity.Staff is { } staff && (staff.PmOf.Contains(task.CompanyId) || staff.HeadOf.Contains(task.DepartmentId)),
            (AccessAction.ReceiveDigest or AccessAction.AppointPm, AccessTarget.Department department) => identity.Staff?.HeadOf.Contains(department.DepartmentId) == true,
            (AccessAction.StartOnboarding, AccessTarget.Firm) => identity.Staff is not null,
            _ => false,
        };
    }

    /// <summary>A company's section (documents, filings, figures, calendar): the action allowed on the company, and the
    /// caller on their side of it — a client employee for the company they act for now, the firm's people for any they serve.</summary>
    public bool AllowsInSection(Caller caller, AccessAction action, int companyId) =>
        Allows(caller.User.Id, caller.Identity, action, new AccessTarget.Company(companyId))
        && (caller.Identity.ActingFor?.CompanyId == companyId || caller.Identity.Staff is not null || caller.Role == Role.Administrator);

    private static bool ForCompany(Identity identity, AccessAction action, int companyId)
    {
        var membership = identity.Memberships.FirstOrDefault(member => member.CompanyId == companyId);
        var staff = identity.Staff;
        var serves = staff is not null && (staff.Serves.Contains(companyId) || staff.PmOf.Contains(companyId));
        return action switch
        {
            AccessAction.ViewServices or AccessAction.ViewRequests => membership is not null || serves,
            AccessAction.OrderService => membership?.CanFileRequests == true,
            AccessAction.ViewDocuments => membership?.CanSeeDocuments == true || serves,
            AccessAction.ViewFinance => membership?.CanSeeFinance == true || serves,
            AccessAction.UploadClientDocument => membership?.CanSeeDocuments == true,
            AccessAction.UploadFirmDocument or AccessAction.AnswerChat => serves,
            AccessAction.ReadChat or AccessAction.ViewFilings or AccessAction.ViewCalendar => membership is not null || serves,
            AccessAction.ManageEvents => serves,
            AccessAction.WriteChat => membership is not null,
            AccessAction.InviteEmployee or AccessAction.ManageEmployees or AccessAction.ManageServices or AccessAction.ReceiveDigest or AccessAction.SetTaxProfile => staff?.PmOf.Contains(companyId) == true,
            _ => false,
        };
    }

    private bool IsAdministrator(long userId, Identity identity) =>
        administratorIds.Contains(userId) || identity.Staff?.IsAdministrator == true;
}
