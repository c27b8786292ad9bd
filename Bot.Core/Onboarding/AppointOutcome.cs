namespace Bot.Core.Onboarding;

/// <summary>What an appointment did: nothing (the department already has its PM, or the staff member is not of it), or
/// appointed the PM — the main one or a moderator — and perhaps completed the onboarding.</summary>
public abstract record AppointOutcome
{
    private AppointOutcome()
    {
    }

    public sealed record AlreadyAppointed : AppointOutcome;

    public sealed record NotOfDepartment : AppointOutcome;

    public sealed record Appointed(bool IsMain, bool CompanyActivated) : AppointOutcome;
}
