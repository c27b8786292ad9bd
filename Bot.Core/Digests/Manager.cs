namespace Bot.Core.Digests;

/// <summary>Somebody who gets a digest: the whole firm for an administrator, their departments for a head,
/// their companies for a PM.</summary>
public sealed record Manager(long UserId, string? LanguageCode, bool WholeFirm, IReadOnlyList<int> HeadOf, IReadOnlyList<int> PmOf)
{
    public bool SeesAnything => WholeFirm || HeadOf.Count > 0 || PmOf.Count > 0;
}
