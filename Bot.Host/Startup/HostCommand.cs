namespace Bot.Host.Startup;

/// <summary>What the host was asked to do: <c>run</c> the bot (the default) or <c>migrate</c> the database and exit.</summary>
public enum HostCommand
{
    Run,
    Migrate,
}
