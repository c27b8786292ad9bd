using Bot.Core.Deadlines;

namespace Bot.Core.Catalog;

/// <summary>A service on one company's own list: switched on or off for it, with its responsible staff
/// member (the company's override, else the catalog's default; null when neither is set).</summary>
public sealed record CompanyService(
    string CategoryCode, string CategoryTitle, string Code, string Title, string Description, int PlannedDays, int HardDays, bool Enabled, string? Responsible, bool FileRequired = false)
{
    public ServiceTerms Terms => new(PlannedDays, HardDays);
}
