using Microsoft.Extensions.Options;

namespace Bot.Core.Chat;

public sealed class ChatOptionsValidation : IValidateOptions<ChatOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatOptions options) =>
        options.StaffGroupId is >= 0
            ? ValidateOptionsResult.Fail($"Chat:StaffGroupId must be a supergroup's id (negative, like -1001234567890), got {options.StaffGroupId}.")
            : ValidateOptionsResult.Success;
}
