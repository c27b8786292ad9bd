using Npgsql;

namespace Bot.Storage.Connection;

/// <summary>The bot's one data source, with the settings its short statements want unless the operator set them:
/// Npgsql prepares the same few statements run for every update (saving PostgreSQL parsing and planning them
/// each time), and PostgreSQL's JIT is off — its compilation (about 20 ms) costs a millisecond statement far
/// more than it saves, and PostgreSQL starts it from cost estimates alone. A pooled connection is not reset
/// when it is returned: the reset (seven statements run before the next use's first) only undoes session
/// state, and the bot leaves none — no SET, no LISTEN, no temporary tables, and its session-level advisory
/// locks are released explicitly on connections held for the purpose.</summary>
public static class BotDataSource
{
    public static NpgsqlDataSource Create(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 32;
        }

        settings.NoResetOnClose = true;
        if (string.IsNullOrEmpty(settings.Options))
        {
            settings.Options = "-c jit=off";
        }

        return NpgsqlDataSource.Create(settings.ConnectionString);
    }
}
