namespace Bot.Core.Access;

/// <summary>A client employee's place in one company, with the rights the firm left them there (all by default).</summary>
public sealed record Membership(int CompanyId, string CompanyName, bool CanFileRequests = true, bool CanSeeDocuments = true, bool CanApprove = true, bool CanSeeFinance = true);
