namespace Bot.Storage.Digests;

/// <summary>How many tasks of a department and company reached a status, in this period or the previous one.</summary>
internal sealed record StatusChangeRow(int DepartmentId, int CompanyId, string Body, bool ThisPeriod, int Count);
