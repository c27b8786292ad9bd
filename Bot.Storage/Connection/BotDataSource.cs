using Npgsql;

namespace Bot.Storage.Connection;

/// <summary>The bot's one data source, with the settings its short statements want unless the operator set them:
/// Npgsql prepares a statement on a connection from its second run there, keeping up to 256 — every statement the
/// bot runs often fits. Unprepared, PostgreSQL plans a statement anew each time, a millisecond for a join of eight
/// tables against a twentieth of that to run it; with 32 kept from the fifth run, the statements of a rarer path
/// (a request's filing) went unprepared for longer on each of the pool's connections. PostgreSQL's JIT is off —
/// its compilation (about 20 ms) costs a millisecond statement far more than it saves, and PostgreSQL starts it
/// from cost estimates alone. A pooled connection is not reset when it is returned: the reset (seven statements
/// run before the next use's first) only undoes session state, and the bot leaves none — no SET, no LISTEN, no
/// temporary tables, and its session-level advisory locks are released explicitly on connections held for the
/// purpose.</summary>
public static class BotDataSource
{
    public static NpgsqlDataSource Create(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 256;
            settings.AutoPrepareMinUsages = 2;
        }

        settings.NoResetOnClose = true;
        if (string.IsNullOrEmpty(settings.Options))
        {
            settings.Options = "-c jit=off";
        }

        return NpgsqlDataSource.Create(settings.ConnectionString);
    }
}
