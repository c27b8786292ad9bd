namespace Bot.Core.ServiceList;

/// <summary>One recorded change of a company's service: who made it, when, and what (on, off, or the responsible set).</summary>
public sealed record ServiceChange(string ChangedByName, DateTimeOffset ChangedAt, string Change, string? Responsible);
