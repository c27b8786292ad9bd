namespace Bot.Demo;

/// <summary>Where the demo keeps its data and serves its sandbox. The database is the demo's own (<c>cabinet_demo</c> from
/// <c>./run.sh demo</c>), never the bot's.</summary>
public sealed record DemoSettings(string ConnectionString, string FilesRoot, string Urls, bool Reset = false)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
