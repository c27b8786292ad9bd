using System.Reflection;
using Bot.FakeTelegram.Driver;

namespace Bot.Demo.Seeding;

/// <summary>Sets the demonstration firm up through the administration commands, exactly as an operator would, and lets
/// each person in by their invite link. A database that already holds the firm is left as it is.</summary>
public sealed class DemoFirm(Func<string[], Task<(int ExitCode, string Output, string Errors)>> runTool)
{
    private static readonly TimeSpan JoinWait = TimeSpan.FromSeconds(60);

    public async Task SetUpAsync(IReadOnlyDictionary<string, FakeUser> people)
    {
        if ((await ToolAsync("company", "list")).Contains(DemoCast.Romashka, StringComparison.Ordinal))
        {
            return;
        }

        var catalog = Path.Combine(Path.GetTempPath(), $"demo-catalog-{Guid.NewGuid():N}.yaml");
        await using (var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("catalog/demo.yaml")!)
        await using (var file = File.Create(catalog))
        {
            await resource.CopyToAsync(file);
        }

        try
        {
            await ToolAsync("catalog", "import", catalog);
        }
        finally
        {
            File.Delete(catalog);
        }

        foreach (var words in DemoCast.SetUp)
        {
            await ToolAsync(words);
        }

        var joining = new List<Task>();
        foreach (var person in DemoCast.People.Where(p => p.Invite.Length > 0))
        {
            var link = await ToolAsync(["invite", .. person.Invite]);
            var user = people[person.Key];
            user.SendCommand("start", link[(link.IndexOf("?start=", StringComparison.Ordinal) + 7)..].Trim());
            joining.Add(user.NextMessageAsync(JoinWait));
        }

        await Task.WhenAll(joining);
    }

    private async Task<string> ToolAsync(params string[] words)
    {
        var (exitCode, output, errors) = await runTool(words);
        return exitCode == 0 ? output : throw new InvalidOperationException($"The demo firm could not be set up: '{string.Join(' ', words)}' answered {errors.Trim()}");
    }
}
