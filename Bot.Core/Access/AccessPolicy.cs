using Microsoft.Extensions.Options;

namespace Bot.Core.Access;

/// <summary>The one place that says who a user is. Every command and every button press asks it, on
/// the server, whatever the button claimed.</summary>
public sealed class AccessPolicy(IOptions<AdministratorsOptions> administrators)
{
    private readonly HashSet<long> administratorIds = [.. administrators.Value.UserIds];

    public Role RoleOf(long userId, Identity identity) =>
        administratorIds.Contains(userId) || identity.IsStaffAdministrator ? Role.Administrator
        : identity.StaffId is not null ? Role.Staff
        : identity.Memberships.Count > 0 ? Role.ClientEmployee
        : Role.Guest;

    /// <summary>Whether the user may see and order the services of the company: only one they belong to.</summary>
    public static bool MayOrderFor(Identity identity, int companyId) =>
        identity.Memberships.Any(membership => membership.CompanyId == companyId);
}
