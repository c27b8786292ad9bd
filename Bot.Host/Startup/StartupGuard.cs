using Bot.Host.Administration;
using Bot.Host.Telegram;
using Bot.Storage.Calendar;
using Bot.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Host.Startup;

/// <summary>Runs a command. Configuration is validated and the schema migrated before the host starts,
/// so what an operator can fix (a missing token, an unreachable database) comes out as one clear sentence
/// each on stderr and a non-zero exit code, not as a stack trace.</summary>
public static class StartupGuard
{
    public static async Task<int> RunAsync(IHost host, HostCommand command, string[] commandArgs)
    {
        if (command == HostCommand.Tool)
        {
            return await RunToolAsync(host, commandArgs, Console.Out, Console.Error);
        }

        try
        {
            var applied = await PrepareAsync(host, command);
            switch (command)
            {
                case HostCommand.Migrate:
                    await Console.Out.WriteLineAsync(applied.Count == 0 ? "The database is up to date." : $"Applied {applied.Count} migration(s).");
                    return 0;
                default:
                    YoungGenerationBudget.WarnIfOverShipped(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupGuard)));
                    await host.RunAsync();
                    return 0;
            }
        }
        catch (Exception error) when (OperatorMessages(error) is { Count: > 0 } messages)
        {
            foreach (var message in messages)
            {
                await Console.Error.WriteLineAsync(message);
            }

            return 1;
        }
    }

    /// <summary>An administration command on a composed tool host, answering on the writers given (stdout and stderr
    /// for the command line; a test runs commands in its own process this way).</summary>
    public static async Task<int> RunToolAsync(IHost host, string[] commandArgs, TextWriter output, TextWriter errors)
    {
        try
        {
            await PrepareAsync(host, HostCommand.Tool);
            return await AdminTools.RunAsync(host.Services, commandArgs, output, errors);
        }
        catch (Exception error) when (OperatorMessages(error) is { Count: > 0 } messages)
        {
            foreach (var message in messages)
            {
                await errors.WriteLineAsync(message);
            }

            return 1;
        }
    }

    /// <summary>An administration command composed as the command line composes it, with <paramref name="customize"/>'s
    /// configuration, run in this process (the demo sets its firm up so, and the tests, where a process per command would
    /// cost a second each); returns what it answered.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunToolInProcessAsync(Action<IHostApplicationBuilder> customize, string[] words)
    {
        using var host = BotHostFactory.Create(HostCommand.Tool, [], customize);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await RunToolAsync(host, words, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>Validates every options section, applies pending migrations and loads the shipped calendar
    /// years the database lacks; to run the bot, also checks the token with Telegram and registers the
    /// command menu. Returns the migrations applied.</summary>
    public static async Task<IReadOnlyList<string>> PrepareAsync(IHost host, HostCommand command)
    {
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        var applied = await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        var seeded = await host.Services.GetRequiredService<CalendarSeeder>().SeedAsync((host.Services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow(), CancellationToken.None);
        if (seeded.Count > 0)
        {
            host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupGuard))
                .LogInformation("Loaded the shipped production calendar for {Years}", string.Join(", ", seeded));
        }

        if (command == HostCommand.Run)
        {
            await host.Services.GetRequiredService<BotRegistration>().RegisterAsync(CancellationToken.None);
        }

        return applied;
    }

    private static List<string> OperatorMessages(Exception error) => error switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        InvalidOperationException unreadable when unreadable.InnerException is FormatException format
            && unreadable.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            [$"{unreadable.Message.TrimEnd('.')}: {format.Message}"],
        AggregateException many => [.. many.InnerExceptions.SelectMany(OperatorMessages)],
        BotTokenRejectedException rejected => [rejected.Message],
        IOException bind when bind.Message.Contains("bind", StringComparison.OrdinalIgnoreCase) =>
            [$"Cannot listen on Http:Urls ({bind.Message}): set Http__Urls to a free address, e.g. http://0.0.0.0:8081."],
        NpgsqlException database when database is not PostgresException => [$"PostgreSQL is not reachable with ConnectionStrings:Cabinet ({database.Message}): start it, or fix the connection string."],
        _ => [],
    };
}
