namespace Bot.Core.Onboarding;

/// <summary>A client to onboard: its ИНН (checked), name, the departments that will serve it, the department whose PM
/// is to be the main one (null: the first appointed), and what the starter wants the heads to know.</summary>
public sealed record NewClient(string Inn, string Name, IReadOnlyList<int> DepartmentIds, int? MainDepartmentId, string Summary);
