using Microsoft.Extensions.Options;

namespace Bot.Core.Deadlines;

public sealed class ReminderOptionsValidation : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options) =>
        options.WorkingDaysBefore is < 1 or > 20 ? ValidateOptionsResult.Fail("Reminders:WorkingDaysBefore must be 1 to 20 working days.")
        : options.EscalateToHeadAfterWorkingDays is < 1 or > 60 ? ValidateOptionsResult.Fail("Reminders:EscalateToHeadAfterWorkingDays must be 1 to 60 working days.")
        : ValidateOptionsResult.Success;
}
