using Bot.Core.Access;
using Bot.Core.Drive;
using Bot.Core.Routing;

namespace Bot.Core.Chat;

/// <summary>Who may do what in a company's conversation: its employees read it and write to the firm; the
/// firm's people who serve the company read it, answer, write to the employees and add marks — while the company is
/// still a client of the firm: an archived client's conversation is read-only.</summary>
public sealed class ChatAccess(AccessPolicy access, IClientCompanies companies)
{
    public bool MayRead(Caller caller, int companyId) => Allows(caller, AccessAction.ReadChat, companyId);

    public bool MayWrite(Caller caller, int companyId) =>
        caller.Identity.Memberships.Any(m => m.CompanyId == companyId) && Allows(caller, AccessAction.WriteChat, companyId);

    public bool MayAnswer(Caller caller, int companyId) => DriveAccess.IsFirm(caller) && Allows(caller, AccessAction.AnswerChat, companyId);

    /// <summary>May answer, and the company is a current client.</summary>
    public async Task<bool> MayAnswerNowAsync(Caller caller, int companyId, CancellationToken cancellationToken) =>
        MayAnswer(caller, companyId) && await companies.IsActiveAsync(companyId, cancellationToken);

    private bool Allows(Caller caller, AccessAction action, int companyId) =>
        access.Allows(caller.User.Id, caller.Identity, action, new AccessTarget.Company(companyId));
}
