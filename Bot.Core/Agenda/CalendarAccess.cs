using Bot.Core.Access;
using Bot.Core.Drive;
using Bot.Core.Routing;

namespace Bot.Core.Agenda;

/// <summary>Who sees a company's calendar (its employees, for the company they act for, and the firm's people who serve it),
/// who manages its agreed events (those who serve it) and who sets its tax profile (its PMs and administrators).</summary>
public sealed class CalendarAccess(AccessPolicy access)
{
    public bool MayView(Caller caller, int companyId) => access.AllowsInSection(caller, AccessAction.ViewCalendar, companyId);

    /// <summary>For a feed, whose owner is not acting for any company at the moment it is fetched.</summary>
    public bool MayRead(long userId, Identity identity, int companyId) =>
        access.Allows(userId, identity, AccessAction.ViewCalendar, new AccessTarget.Company(companyId));

    public bool MayManage(Caller caller, int companyId) =>
        DriveAccess.IsFirm(caller) && access.Allows(caller.User.Id, caller.Identity, AccessAction.ManageEvents, new AccessTarget.Company(companyId));

    public bool MaySetProfile(Caller caller, int companyId) =>
        DriveAccess.IsFirm(caller) && access.Allows(caller.User.Id, caller.Identity, AccessAction.SetTaxProfile, new AccessTarget.Company(companyId));
}
