using Bot.Core.Access;
using Bot.Core.Routing;

namespace Bot.Core.Filings;

/// <summary>Who sees a company's filings: its employees (for the company they act for) and the firm's people who serve it. Nobody changes them in the bot.</summary>
public sealed class FilingAccess(AccessPolicy access)
{
    public bool MayView(Caller caller, int companyId) => access.AllowsInSection(caller, AccessAction.ViewFilings, companyId);
}
