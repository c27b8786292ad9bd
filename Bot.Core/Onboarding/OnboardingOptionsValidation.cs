using Microsoft.Extensions.Options;

namespace Bot.Core.Onboarding;

public sealed class OnboardingOptionsValidation : IValidateOptions<OnboardingOptions>
{
    public ValidateOptionsResult Validate(string? name, OnboardingOptions options) =>
        options.EscalateAfterWorkingDays is < 1 or > 30
            ? ValidateOptionsResult.Fail($"Onboarding:EscalateAfterWorkingDays must be 1 to 30 working days, got {options.EscalateAfterWorkingDays}.")
            : ValidateOptionsResult.Success;
}
