using Bot.Storage.Connection;
using Npgsql;

namespace Bot.Storage.Tests.Builders;

/// <summary>Runs test work in one committed session, as an update's handling does.</summary>
internal static class Sessions
{
    public static async Task<T> InSessionAsync<T>(this NpgsqlDataSource dataSource, Func<DbSession, Task<T>> work)
    {
        await using var session = new DbSession(dataSource);
        await session.BeginAsync(CancellationToken.None);
        var result = await work(session);
        await session.CommitAsync(CancellationToken.None);
        return result;
    }

    public static Task InSessionAsync(this NpgsqlDataSource dataSource, Func<DbSession, Task> work) =>
        dataSource.InSessionAsync(async session =>
        {
            await work(session);
            return true;
        });
}
