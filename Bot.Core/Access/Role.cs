namespace Bot.Core.Access;

/// <summary>Who a Telegram user is to the firm. Staff and client employees arrive with the directory.</summary>
public enum Role
{
    /// <summary>Not known to the firm yet: may only learn how to get access.</summary>
    Guest,

    /// <summary>Configures the firm; named by Telegram user id in configuration.</summary>
    Administrator,
}
