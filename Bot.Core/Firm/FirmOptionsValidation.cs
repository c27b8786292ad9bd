using Microsoft.Extensions.Options;

namespace Bot.Core.Firm;

/// <summary>Every failure names the key to fix, as an operator would type it.</summary>
public sealed class FirmOptionsValidation : IValidateOptions<FirmOptions>
{
    public ValidateOptionsResult Validate(string? name, FirmOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add("Firm:Name is empty: it is the firm's name shown in every greeting (environment variable Firm__Name).");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"Firm:TimeZone '{options.TimeZone}' is not a known time zone: use an IANA name such as Europe/Moscow.");
        }

        if (options.WorkdayStart >= options.WorkdayEnd)
        {
            failures.Add("Firm:WorkdayStart must be earlier than Firm:WorkdayEnd (for example 09:00 and 18:00).");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(options.AccentColor, "^#[0-9A-Fa-f]{6}$"))
        {
            failures.Add($"Firm:AccentColor '{options.AccentColor}' is not a colour as #RRGGBB (for example #1F6FEB).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
