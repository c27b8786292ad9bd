using Microsoft.Extensions.Options;

namespace Bot.Host.Filings;

public sealed class FilingsOptionsValidation : IValidateOptions<FilingsOptions>
{
    public ValidateOptionsResult Validate(string? name, FilingsOptions options) =>
        options.ApiKey.Length is > 0 and < 32
            ? ValidateOptionsResult.Fail("Filings:ApiKey must be at least 32 characters (openssl rand -hex 32), or empty to keep POST /api/filings closed.")
            : ValidateOptionsResult.Success;
}
