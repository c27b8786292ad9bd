namespace Bot.Core.Access;

/// <summary>What the directory knows of a Telegram user: their staff record, the companies they belong to
/// as a client employee, and the one they chose to act for.</summary>
public sealed record Identity(StaffProfile? Staff, IReadOnlyList<Membership> Memberships, int? ChosenCompanyId)
{
    public static readonly Identity Unknown = new(null, [], null);

    /// <summary>The company the user acts for: the chosen one, or the only one; null while there is none.</summary>
    public Membership? ActingFor =>
        Memberships.FirstOrDefault(membership => membership.CompanyId == ChosenCompanyId) ?? (Memberships.Count == 1 ? Memberships[0] : null);
}
