namespace Bot.Core.Catalog;

/// <summary>A service on one company's own list: switched on or off for it, with its responsible staff
/// member (the company's override, else the catalog's default; null when neither is set).</summary>
public sealed record CompanyService(string CategoryTitle, string Code, string Title, bool Enabled, string? Responsible);
