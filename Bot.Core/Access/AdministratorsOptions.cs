namespace Bot.Core.Access;

/// <summary>The firm's administrators, by Telegram user id: the bootstrap that every other role grows from.</summary>
public sealed class AdministratorsOptions
{
    public const string Section = "Administrators";

    public IList<long> UserIds { get; } = [];
}
