using Bot.Host.Startup;

// Bot.Host [run | migrate | calendar import FILE | calendar show YEAR] — see CommandLine.Usage.
if (!CommandLine.TryParse(args, out var command, out var commandArgs, out var configurationArgs))
{
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

using var host = BotHostFactory.Create(command, configurationArgs);
return await StartupGuard.RunAsync(host, command, commandArgs);
