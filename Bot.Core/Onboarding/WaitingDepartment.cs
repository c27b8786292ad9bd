namespace Bot.Core.Onboarding;

/// <summary>A department of an open onboarding still without its PM: since when, and whether its head was reminded and the administrators told.</summary>
public sealed record WaitingDepartment(int CompanyId, int DepartmentId, DateTimeOffset StartedAt, bool Reminded, bool Escalated);
