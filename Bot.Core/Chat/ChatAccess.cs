using Bot.Core.Access;
using Bot.Core.Drive;
using Bot.Core.Routing;

namespace Bot.Core.Chat;

/// <summary>Who may do what in a company's conversation: its employees read it and write to the firm; the
/// firm's people who serve the company read it, answer, write to the employees and add marks.</summary>
public sealed class ChatAccess(AccessPolicy access)
{
    public bool MayRead(Caller caller, int companyId) => Allows(caller, AccessAction.ReadChat, companyId);

    public bool MayWrite(Caller caller, int companyId) =>
        caller.Identity.Memberships.Any(m => m.CompanyId == companyId) && Allows(caller, AccessAction.WriteChat, companyId);

    public bool MayAnswer(Caller caller, int companyId) => DriveAccess.IsFirm(caller) && Allows(caller, AccessAction.AnswerChat, companyId);

    private bool Allows(Caller caller, AccessAction action, int companyId) =>
        access.Allows(caller.User.Id, caller.Identity, action, new AccessTarget.Company(companyId));
}
