using Microsoft.Extensions.Options;

namespace Bot.Core.Access;

/// <summary>The one place that says who a user is. Every command and every button press asks it, on
/// the server, whatever the button claimed.</summary>
public sealed class AccessPolicy(IOptions<AdministratorsOptions> administrators)
{
    private readonly HashSet<long> administratorIds = [.. administrators.Value.UserIds];

    public Role RoleOf(long userId) => administratorIds.Contains(userId) ? Role.Administrator : Role.Guest;
}
