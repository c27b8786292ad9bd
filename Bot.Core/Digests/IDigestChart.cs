using Bot.Core.Requests;

namespace Bot.Core.Digests;

/// <summary>Draws a digest's chart (open tasks by status per department; overdue over the last four weeks) and
/// keeps it in the firm's store; null when there is nothing to draw.</summary>
public interface IDigestChart
{
    Task<StoredFileRef?> DrawAsync(DigestData data, IReadOnlyList<int> departments, Localization.Texts texts, CancellationToken cancellationToken);
}
