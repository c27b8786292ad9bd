using Bot.Host.Telegram;
using Bot.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Host.Startup;

/// <summary>Runs a command and turns the failures an operator can fix into one clear sentence each on
/// stderr and a non-zero exit code, instead of a stack trace.</summary>
public static class StartupGuard
{
    public static async Task<int> RunAsync(IHost host, HostCommand command)
    {
        try
        {
            if (command == HostCommand.Migrate)
            {
                var applied = await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
                await Console.Out.WriteLineAsync(applied.Count == 0 ? "The database is up to date." : $"Applied {applied.Count} migration(s).");
                return 0;
            }

            await host.RunAsync();
            return 0;
        }
        catch (OptionsValidationException error)
        {
            foreach (var failure in error.Failures)
            {
                await Console.Error.WriteLineAsync(failure);
            }

            return 1;
        }
        catch (BotTokenRejectedException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return 1;
        }
        catch (NpgsqlException error)
        {
            await Console.Error.WriteLineAsync($"PostgreSQL is not reachable with ConnectionStrings:Cabinet ({error.Message}): start it, or fix the connection string.");
            return 1;
        }
    }
}
