using Microsoft.Extensions.Options;

namespace Bot.Core.Notifications;

public sealed class NotificationOptionsValidation : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options) =>
        options.RemindAfter is < 1 or > 30
            ? ValidateOptionsResult.Fail($"Notifications:RemindAfter must be 1 to 30 working days, got {options.RemindAfter}.")
            : ValidateOptionsResult.Success;
}
