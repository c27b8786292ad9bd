namespace Bot.Storage.Migrations;

/// <summary>DbUp journals "migrations/0001_telegram_users.sql"; people read "0001_telegram_users".</summary>
public static class MigrationName
{
    public static string ForDisplay(string? journalName) => journalName is null
        ? "—"
        : Path.GetFileNameWithoutExtension(journalName);
}
