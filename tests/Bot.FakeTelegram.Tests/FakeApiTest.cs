namespace Bot.FakeTelegram.Tests;

/// <summary>A fresh fake per test; flood control is off unless a test is about it.</summary>
public abstract class FakeApiTest : IAsyncLifetime
{
    protected FakeBotApi Api { get; private set; } = null!;

    protected virtual FakeBotApiOptions Options => new() { Flood = Limits.FloodLimits.Unlimited };

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync(Options);

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
