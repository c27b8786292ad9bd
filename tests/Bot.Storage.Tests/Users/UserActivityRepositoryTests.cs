using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Bot.Storage.Users;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Users;

public sealed class UserActivityRepositoryTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_returning_user_is_counted_once_and_recent_visitors_are_told_apart()
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None); // a visit is recorded with its update's transaction
        var repository = new UserActivityRepository(session);
        await repository.RecordSeenAsync(new ChatUser(501, "Анна", "ru"), Monday.AddDays(-3), CancellationToken.None);
        await repository.RecordSeenAsync(new ChatUser(502, "Борис", null), Monday.AddDays(-3), CancellationToken.None);
        await repository.RecordSeenAsync(new ChatUser(501, "Анна", "en"), Monday, CancellationToken.None);

        var activity = await repository.SummariseAsync(Monday.AddDays(-1), CancellationToken.None);

        Assert.Equal(2, activity.UsersTotal);
        Assert.Equal(1, activity.UsersSince);
        Assert.Equal(ShippedMigrations.Latest, activity.SchemaVersion);
    }

    [Fact]
    public async Task An_update_delivered_late_does_not_move_last_seen_back()
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None); // a visit is recorded with its update's transaction
        var repository = new UserActivityRepository(session);
        var tuesday = Monday.AddDays(1);
        await repository.RecordSeenAsync(new ChatUser(601, "Вера", "ru"), tuesday, CancellationToken.None);
        await repository.RecordSeenAsync(new ChatUser(601, "Вера", "ru"), tuesday.AddDays(-10), CancellationToken.None);

        var activity = await repository.SummariseAsync(tuesday.AddMinutes(-1), CancellationToken.None);

        Assert.Equal(1, activity.UsersSince);
    }

    [Fact]
    public async Task A_language_changed_a_moment_after_the_last_visit_is_recorded_at_once()
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        var repository = new UserActivityRepository(session);
        await repository.RecordSeenAsync(new ChatUser(701, "Галина", "ru"), Monday, CancellationToken.None);
        await repository.RecordSeenAsync(new ChatUser(701, "Галина", "en"), Monday.AddSeconds(5), CancellationToken.None);

        var languages = await repository.LanguagesAsync([701], CancellationToken.None);

        Assert.Equal("en", languages[701]);
    }

    [Fact]
    public async Task A_visit_a_minute_or_more_after_the_last_one_counts_as_recent()
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        var repository = new UserActivityRepository(session);
        await repository.RecordSeenAsync(new ChatUser(702, "Дмитрий", "ru"), Monday, CancellationToken.None);
        await repository.RecordSeenAsync(new ChatUser(702, "Дмитрий", "ru"), Monday.AddSeconds(30), CancellationToken.None);
        await repository.RecordSeenAsync(new ChatUser(702, "Дмитрий", "ru"), Monday.AddMinutes(2), CancellationToken.None);

        var activity = await repository.SummariseAsync(Monday.AddMinutes(1), CancellationToken.None);

        Assert.Equal(1, activity.UsersSince);
    }
}
