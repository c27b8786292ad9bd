namespace Bot.Host.Startup;

/// <summary>The first argument picks the command and the words after it are the command's own
/// (<c>calendar show 2026</c>); from the first <c>--Section:Key=value</c> on, the rest is configuration.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: Bot.Host [command] [--Section:Key=value …]
          run                    run the bot (the default)
          migrate                apply the database migrations and exit
          calendar import FILE   load a year of the production calendar from an XML file
          calendar show YEAR     show the working days of a year
          catalog import FILE    load the service catalog from a YAML file (see catalog/README.md)
          catalog export         print the service catalog in use as YAML
        """;

    public static bool TryParse(string[] args, out HostCommand command, out string[] commandArgs, out string[] configurationArgs)
    {
        var words = args.TakeWhile(arg => !arg.StartsWith('-')).ToArray();
        configurationArgs = args[words.Length..];
        commandArgs = words.Length > 1 ? words[1..] : [];
        command = HostCommand.Run;
        switch (words.FirstOrDefault())
        {
            case null or "run":
                return commandArgs.Length == 0;
            case "migrate":
                command = HostCommand.Migrate;
                return commandArgs.Length == 0;
            case "calendar":
                command = HostCommand.Calendar;
                return commandArgs is ["import", _] or ["show", _];
            case "catalog":
                command = HostCommand.Catalog;
                return commandArgs is ["import", _] or ["export"];
            default:
                return false;
        }
    }
}
