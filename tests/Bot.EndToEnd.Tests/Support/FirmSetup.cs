using Bot.FakeTelegram.Driver;
using Bot.Host.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bot.EndToEnd.Tests.Support;

/// <summary>Sets a firm up the way an administrator does, with the host's own commands, and brings people in
/// by their invite links.</summary>
internal static class FirmSetup
{
    public const string Inn = "7707083893";
    public const string OtherInn = "7736207543";

    public static readonly string DemoCatalog = Path.Combine(AppContext.BaseDirectory, "catalog", "demo.yaml");

    /// <summary>Runs a host command against the bot's database as an administrator would; returns its output.</summary>
    public static async Task<string> ToolAsync(BotUnderTest bot, params string[] words)
    {
        var (exitCode, output, errors) = await RunToolAsync(bot, words);
        Assert.True(exitCode == 0, $"{string.Join(' ', words)}: {errors}");
        return output.Trim();
    }

    /// <summary>A host command with the bot's configuration — its database and its file store — whatever it answers, run in
    /// this process (the command line itself is tested by <c>AdminCommandTests</c>).</summary>
    public static Task<(int ExitCode, string Output, string Errors)> RunToolAsync(BotUnderTest bot, params string[] words) =>
        StartupGuard.RunToolInProcessAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Cabinet"] = bot.DatabaseConnectionString,
                    ["Files:Root"] = bot.FilesRoot,
                    ["Administrators:UserIds:0"] = bot.Administrator.Profile.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
                builder.Logging.ClearProviders();
            },
            words);

    public static string Token(string link) => link[(link.IndexOf("?start=", StringComparison.Ordinal) + 7)..];

    /// <summary>The demo catalog, Иванова (accounting) as the PM of ООО «Ромашка» and of АО «Василёк».</summary>
    public static async Task TwoClientsAsync(BotUnderTest bot)
    {
        await ToolAsync(bot, "catalog", "import", DemoCatalog);
        await ToolAsync(bot, "staff", "add", "ivanova", "Иванова Мария", "hr,accounting");
        await ToolAsync(bot, "company", "add", Inn, "ООО «Ромашка»");
        await ToolAsync(bot, "company", "add", OtherInn, "АО «Василёк»");
        await ToolAsync(bot, "project", "add", Inn, "accounting", "ivanova", "main");
        await ToolAsync(bot, "project", "add", OtherInn, "accounting", "ivanova", "main");
    }

    /// <summary>A person who opened an invite link; their welcome message is read.</summary>
    public static async Task<(FakeUser User, BotMessage Welcome)> JoinAsync(BotUnderTest bot, string name, params string[] invite)
    {
        var user = bot.Api.NewUser(name);
        user.SendCommand("start", Token(await ToolAsync(bot, ["invite", .. invite])));
        return (user, await user.NextMessageAsync());
    }
}
