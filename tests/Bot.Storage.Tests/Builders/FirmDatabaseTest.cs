using Bot.Storage.Connection;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Builders;

/// <summary>A test class with its own database holding the accounting firm (<see cref="AccountingFirm"/>) and its client
/// ООО «Ромашка», set up at <see cref="Now"/> unless the class names another moment.</summary>
public abstract class FirmDatabaseTest(DateTimeOffset? setUpAt = null) : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    protected TestDatabase Database { get; } = new();

    /// <summary>ООО «Ромашка»'s company id.</summary>
    protected int Romashka { get; private set; }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Romashka = await AccountingFirm.SetUpAsync(Database.DataSource, setUpAt ?? Now);
    }

    public Task DisposeAsync() => Database.DisposeAsync();

    protected Task<T> InSessionAsync<T>(Func<DbSession, Task<T>> work) => Database.DataSource.InSessionAsync(work);
}
