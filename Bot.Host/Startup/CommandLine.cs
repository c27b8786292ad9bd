using Bot.Host.Administration;

namespace Bot.Host.Startup;

/// <summary>The first argument picks the command and the words after it are the command's own
/// (<c>calendar show 2026</c>, <c>files migrate --to s3</c>); from the first <c>--Section:Key=value</c> on, the
/// rest is configuration.</summary>
public static class CommandLine
{
    public static string Usage => $"""
        Usage: Bot.Host [command] [--Section:Key=value …]
          run                    run the bot (the default)
          migrate                apply the database migrations and exit
        {AdminTools.Usage}
        """;

    /// <summary>A <c>--</c> word with a colon or an equals sign (<c>--Files:Root=/srv/files</c>); a bare one
    /// (<c>--to</c>) is the command's own.</summary>
    private static bool IsConfiguration(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.AsSpan(2).IndexOfAny(':', '=') >= 0;

    /// <summary>For a tool, <paramref name="commandArgs"/> starts with the tool's name.</summary>
    public static bool TryParse(string[] args, out HostCommand command, out string[] commandArgs, out string[] configurationArgs)
    {
        var words = args.TakeWhile(arg => !IsConfiguration(arg)).ToArray();
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
            case var tool when AdminTools.Knows(tool):
                command = HostCommand.Tool;
                commandArgs = words;
                return true;
            default:
                return false;
        }
    }
}
