namespace Bot.Core.Onboarding;

/// <summary>How an unanswered head's card is chased: the head is reminded the next working day, and after
/// <see cref="EscalateAfterWorkingDays"/> working days the administrators are told.</summary>
public sealed class OnboardingOptions
{
    public const string Section = "Onboarding";

    public int EscalateAfterWorkingDays { get; set; } = 3;
}
