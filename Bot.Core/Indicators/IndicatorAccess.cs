using Bot.Core.Access;
using Bot.Core.Routing;

namespace Bot.Core.Indicators;

/// <summary>Who sees a company's numbers: its employees with the right <c>finance</c> (for the company they act for)
/// and the firm's people who serve it.</summary>
public sealed class IndicatorAccess(AccessPolicy access)
{
    public bool MayView(Caller caller, int companyId) => access.AllowsInSection(caller, AccessAction.ViewFinance, companyId);
}
