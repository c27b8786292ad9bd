using Bot.Storage.Chat;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Chat;

/// <summary>Company topics on real PostgreSQL: two deliveries that both find no topic create it once.</summary>
public sealed class CompanyTopicsTests : FirmDatabaseTest
{
    private const long Group = -1_001_000_000_001;
    [Fact]
    public async Task Two_deliveries_at_once_create_the_companys_topic_once_and_both_use_it()
    {
        var topics = new CompanyTopics(Database.DataSource);
        var created = new List<string>();
        var bothStarted = new TaskCompletionSource();
        var arrived = 0;
        async Task<int> CreateAsync(string name, CancellationToken cancellationToken)
        {
            lock (created)
            {
                created.Add(name);
            }

            await Task.Delay(300, cancellationToken); // a slow createForumTopic: the other delivery arrives meanwhile
            return 42;
        }

        async Task<int> DeliverAsync()
        {
            if (Interlocked.Increment(ref arrived) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task;
            return await topics.EnsureAsync(Group, Romashka, CreateAsync, CancellationToken.None);
        }

        var threads = await Task.WhenAll(Task.Run(DeliverAsync), Task.Run(DeliverAsync));
        var later = await topics.EnsureAsync(Group, Romashka, CreateAsync, CancellationToken.None);

        Assert.Equal(["ООО «Ромашка»"], created);
        Assert.Equal([42, 42], threads);
        Assert.Equal(42, later);
    }
}
