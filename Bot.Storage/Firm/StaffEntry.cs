namespace Bot.Storage.Firm;

/// <summary>A staff member as listed: <paramref name="Departments"/> by code; <paramref name="InTelegram"/>
/// once they accepted their invite.</summary>
public sealed record StaffEntry(string Login, string FullName, bool IsAdmin, string Departments, bool InTelegram, bool Blocked);
