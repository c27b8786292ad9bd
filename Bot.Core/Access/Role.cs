namespace Bot.Core.Access;

/// <summary>Who a Telegram user is to the firm, resolved from configuration and the directory.</summary>
public enum Role
{
    /// <summary>Not known to the firm yet: may only learn how to get access.</summary>
    Guest,

    /// <summary>An employee of one or more client companies, acting for one of them at a time.</summary>
    ClientEmployee,

    /// <summary>A member of the firm's staff.</summary>
    Staff,

    /// <summary>Configures the firm: named by Telegram user id in configuration, or a staff member marked admin.</summary>
    Administrator,
}
