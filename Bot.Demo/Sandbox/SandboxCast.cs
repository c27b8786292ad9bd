using Bot.Demo.Seeding;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;

namespace Bot.Demo.Sandbox;

/// <summary>The people the sandbox plays, each with their private chat in the fake Telegram.</summary>
public sealed class SandboxCast(FakeBotApi api, IReadOnlyDictionary<string, FakeUser> users)
{
    public FakeBotApi Api => api;

    public IEnumerable<(DemoPerson Person, FakeUser User)> People => DemoCast.People.Select(person => (person, users[person.Key]));

    public FakeUser? Find(string key) => users.GetValueOrDefault(key);
}
