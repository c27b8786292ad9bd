namespace Bot.Storage.Firm;

/// <summary>A company as listed: its projects as "department:pm" (the main one marked with *) and how many
/// of its employees are in the bot; connecting while its onboarding waits for a department's PM.</summary>
public sealed record CompanyEntry(int Id, string Inn, string Name, string Projects, int Employees, bool Archived, bool Connecting);
