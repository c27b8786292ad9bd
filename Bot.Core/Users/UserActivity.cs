namespace Bot.Core.Users;

/// <summary>How many people have written to the bot at all and since a moment; the schema's newest migration.</summary>
public sealed record UserActivity(int UsersTotal, int UsersSince, string SchemaVersion);
