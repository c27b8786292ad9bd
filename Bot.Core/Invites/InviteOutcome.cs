namespace Bot.Core.Invites;

/// <summary>What became of a /start with an invite token.</summary>
public abstract record InviteOutcome
{
    private InviteOutcome()
    {
    }

    /// <summary>The user now belongs to the company (and acts for it).</summary>
    public sealed record JoinedCompany(string CompanyName) : InviteOutcome;

    public sealed record JoinedStaff(string FullName) : InviteOutcome;

    public sealed record AlreadyUsed : InviteOutcome;

    public sealed record Expired : InviteOutcome;

    /// <summary>The PM revoked the invite before it was used.</summary>
    public sealed record Revoked : InviteOutcome;

    public sealed record Unknown : InviteOutcome;
}
