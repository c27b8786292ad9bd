namespace Bot.Core.Onboarding;

/// <summary>One department's step of a client's onboarding, as its head's card shows it: the company, who started
/// it and why, and the PM already appointed (null while none).</summary>
public sealed record OnboardingStep(
    int CompanyId, string CompanyName, string Inn, int DepartmentId, string DepartmentName, string StartedByName, string Summary, string? AppointedPm)
{
    public string DefaultProjectName => $"{DepartmentName} — {CompanyName}";
}
