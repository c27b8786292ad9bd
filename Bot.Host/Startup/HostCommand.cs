namespace Bot.Host.Startup;

/// <summary>What the host was asked to do: <c>run</c> the bot (the default), <c>migrate</c> the database
/// and exit, or run one of the administrators' tools (<c>calendar import FILE</c>, <c>staff list</c>, …).</summary>
public enum HostCommand
{
    Run,
    Migrate,
    Tool,
}
