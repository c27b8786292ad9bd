namespace Bot.Host.Startup;

/// <summary>The first argument picks the command; the rest (e.g. <c>--Firm:Name=…</c>) is configuration.</summary>
public static class CommandLine
{
    public const string Usage = "Usage: Bot.Host [run | migrate] [--Section:Key=value …]";

    public static bool TryParse(string[] args, out HostCommand command, out string[] configurationArgs)
    {
        configurationArgs = args;
        command = HostCommand.Run;
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return true;
        }

        configurationArgs = args[1..];
        switch (args[0])
        {
            case "run":
                return true;
            case "migrate":
                command = HostCommand.Migrate;
                return true;
            default:
                return false;
        }
    }
}
