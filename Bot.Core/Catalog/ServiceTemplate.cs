using Bot.Core.Deadlines;

namespace Bot.Core.Catalog;

/// <summary>A service a client may order: its template description (the client may change it), its
/// регламент, whether a file is required, the service whose task it waits for (a chain), a checklist, links
/// to regulations and the staff member responsible by default (by login).</summary>
public sealed record ServiceTemplate(
    string Code,
    string Title,
    string Description,
    ServiceTerms Terms,
    bool FileRequired,
    string? WaitsFor,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<string> Regulations,
    string? Responsible,
    int Line = 0);
