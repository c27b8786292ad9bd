namespace Bot.Storage.Firm;

/// <summary>A client employee of one company as listed, with their rights there.</summary>
public sealed record EmployeeEntry(int Id, string FullName, bool CanFileRequests, bool CanSeeDocuments, bool CanApprove, bool CanSeeFinance);
