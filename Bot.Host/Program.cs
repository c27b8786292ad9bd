using Bot.Host.Startup;

// Bot.Host [run | migrate] — run starts the bot (the default); migrate applies the database migrations and exits.
if (!CommandLine.TryParse(args, out var command, out var configurationArgs))
{
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

using var host = BotHostFactory.Create(command, configurationArgs);
return await StartupGuard.RunAsync(host, command);
