using Bot.Core.Invites;

namespace Bot.Core.Localization;

/// <summary>The words of invites made in the bot.</summary>
public abstract class InviteTexts
{
    public abstract string InviteButton { get; }

    public abstract string InvitesButton { get; }

    public abstract string RightsPrompt(string companyName);

    public abstract string RightToggle(string right, bool granted);

    public abstract string FileRequests { get; }

    public abstract string SeeDocuments { get; }

    public abstract string Approve { get; }

    public abstract string SeeFinance { get; }

    public abstract string CreateButton { get; }

    public abstract string NoUsername { get; }

    /// <summary>The link, shown once; <paramref name="expiresAt"/> in the firm's time.</summary>
    public abstract string Created(string companyName, string link, DateTimeOffset expiresAt);

    public abstract string ShareButton { get; }

    public abstract string ShareText(string companyName);

    public abstract string List(string companyName, IReadOnlyList<InviteEntry> invites, DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset> toFirmTime);

    public abstract string RevokeButton(long id);

    public abstract string Revoked { get; }
}
