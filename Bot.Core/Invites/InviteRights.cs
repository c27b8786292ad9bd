namespace Bot.Core.Invites;

/// <summary>What a person invited to a company may do there once they join (all by default), as chosen by the PM
/// before sending the invite; a button carries them as a bit mask, checked on return.</summary>
public sealed record InviteRights(bool FileRequests = true, bool SeeDocuments = true, bool Approve = true, bool SeeFinance = true)
{
    public const int AllMask = 15;

    public static readonly InviteRights All = new();

    public int Mask => (FileRequests ? 1 : 0) | (SeeDocuments ? 2 : 0) | (Approve ? 4 : 0) | (SeeFinance ? 8 : 0);

    public static InviteRights? FromMask(long mask) =>
        mask is < 0 or > AllMask ? null : new((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0);
}
