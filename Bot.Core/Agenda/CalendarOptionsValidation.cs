using Microsoft.Extensions.Options;

namespace Bot.Core.Agenda;

public sealed class CalendarOptionsValidation : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options) =>
        options.PublicUrl.Length > 0
        && (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.Query.Length > 0)
            ? ValidateOptionsResult.Fail($"Calendar:PublicUrl must be the host's public address, like https://cabinet.example.com, got '{options.PublicUrl}'.")
            : ValidateOptionsResult.Success;
}
