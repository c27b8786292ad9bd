using Microsoft.Extensions.Options;

namespace Bot.Core.Access;

public sealed class AdministratorsOptionsValidation : IValidateOptions<AdministratorsOptions>
{
    public ValidateOptionsResult Validate(string? name, AdministratorsOptions options)
    {
        var wrong = options.UserIds.Select((id, index) => (id, index)).Where(entry => entry.id <= 0).ToList();
        return wrong.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(wrong.Select(entry =>
                $"Administrators:UserIds:{entry.index} must be a Telegram user id (a positive number); ask @userinfobot for yours."));
    }
}
