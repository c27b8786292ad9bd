namespace Bot.Testing.Postgres;

/// <summary>Where initdb and pg_ctl live: PATH first, then Debian's /usr/lib/postgresql/&lt;version&gt;/bin.</summary>
internal static class PostgresBinaries
{
    public static string Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")));
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(Directory.Exists).OrderDescending().FirstOrDefault()
            : null;
        return onPath ?? debian ?? throw new InvalidOperationException(
            $"No PostgreSQL server binaries (initdb) found on PATH or in /usr/lib/postgresql: install them (apt-get install postgresql) or set {PostgresServer.EnvironmentVariable} to a server's connection string.");
    }
}
