using Bot.Core.Requests;

namespace Bot.Core.Conversations;

/// <summary>What the client has filled in so far. <see cref="Month"/> is the month the date picker shows.</summary>
public sealed record RequestDraft(int CompanyId)
{
    public string? CategoryCode { get; init; }

    public string? ServiceCode { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<DraftFile> Files { get; init; } = [];

    public DateOnly? Deadline { get; init; }

    public DateOnly? Month { get; init; }
}
