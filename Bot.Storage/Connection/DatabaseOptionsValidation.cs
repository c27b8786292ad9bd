using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Storage.Connection;

public sealed class DatabaseOptionsValidation : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Cabinet))
        {
            return ValidateOptionsResult.Fail(
                "ConnectionStrings:Cabinet is not set: point it at PostgreSQL (environment variable ConnectionStrings__Cabinet), or start the bot with ./run.sh, which starts a local one.");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.Cabinet);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            // The exception's text may quote the string, password included: say only which key is wrong.
            return ValidateOptionsResult.Fail(
                "ConnectionStrings:Cabinet is not a valid PostgreSQL connection string (expected e.g. Host=localhost;Database=cabinet;Username=bot;Password=…).");
        }
    }
}
