namespace Bot.Storage.Connection;

/// <summary>The <c>ConnectionStrings</c> section; <see cref="Cabinet"/> is the bot's PostgreSQL database.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    public string Cabinet { get; set; } = "";
}
