namespace Bot.Storage.Firm;

public sealed record DepartmentEntry(string Code, string Name, string? Head);
