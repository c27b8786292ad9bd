namespace Bot.Host.Startup;

/// <summary>What the host was asked to do: <c>run</c> the bot (the default), <c>migrate</c> the database
/// and exit, or an administrator's tool such as <c>calendar import FILE</c> or <c>catalog export</c>.</summary>
public enum HostCommand
{
    Run,
    Migrate,
    Calendar,
    Catalog,
}
