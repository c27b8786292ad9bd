using Microsoft.Extensions.Options;

namespace Bot.Host.Delivery;

public sealed class DeliveryOptionsValidation : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var failures = new List<string>();
        Positive(options.InboxWorkers, "InboxWorkers");
        Positive(options.InboxBatchSize, "InboxBatchSize");
        Positive(options.InboxPollSeconds, "InboxPollSeconds");
        Positive(options.MaxHandlingAttempts, "MaxHandlingAttempts");
        Positive(options.RetryForHours, "RetryForHours");
        Positive(options.MaxRetryDelaySeconds, "MaxRetryDelaySeconds");
        Positive(options.MaxFaultedAttempts, "MaxFaultedAttempts");
        Positive(options.UserUpdatesPerMinute, "UserUpdatesPerMinute");
        Positive(options.UserUpdateBurst, "UserUpdateBurst");
        Positive(options.MaxPendingRepliesPerChat, "MaxPendingRepliesPerChat");
        Positive(options.GlobalPerSecond, "GlobalPerSecond");
        Positive(options.PerChatPerSecond, "PerChatPerSecond");
        Positive(options.PerChatBurst, "PerChatBurst");
        Positive(options.PerGroupPerMinute, "PerGroupPerMinute");
        Positive(options.SenderConcurrency, "SenderConcurrency");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Positive(double value, string key)
        {
            if (value <= 0)
            {
                failures.Add($"Delivery:{key} must be greater than zero.");
            }
        }
    }
}
