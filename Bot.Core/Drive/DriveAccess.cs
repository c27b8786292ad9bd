using Bot.Core.Access;
using Bot.Core.Routing;

namespace Bot.Core.Drive;

/// <summary>Who may do what in a company's drive: its employees (acting for it, with the right to see
/// documents) and the firm's people who serve it see and download; only the employees upload to «Данные от
/// клиента»; only the firm uploads to «Данные для клиента» and archives. Nobody deletes.</summary>
public sealed class DriveAccess(AccessPolicy access)
{
    public bool MayOpen(Caller caller, int companyId) => access.AllowsInSection(caller, AccessAction.ViewDocuments, companyId);

    public bool MayUpload(Caller caller, int companyId, DriveFolder folder) => folder == DriveFolder.FromClient
        ? caller.Identity.ActingFor?.CompanyId == companyId && access.Allows(caller.User.Id, caller.Identity, AccessAction.UploadClientDocument, new AccessTarget.Company(companyId))
        : IsFirm(caller) && access.Allows(caller.User.Id, caller.Identity, AccessAction.UploadFirmDocument, new AccessTarget.Company(companyId));

    public bool MayArchive(Caller caller, int companyId) => MayUpload(caller, companyId, DriveFolder.ForClient);

    /// <summary>An archived document is the firm's to see; the client's view no longer holds it.</summary>
    public bool MayDownload(Caller caller, DriveDocument document) =>
        MayOpen(caller, document.CompanyId) && (!document.Archived || IsFirm(caller));

    public static bool IsFirm(Caller caller) => caller.Identity.Staff is not null || caller.Role == Role.Administrator;
}
