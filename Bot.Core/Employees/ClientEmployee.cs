namespace Bot.Core.Employees;

/// <summary>One of a company's employees as its PM sees them: whether they joined in Telegram and whether they follow every request.</summary>
public sealed record ClientEmployee(int Id, string FullName, bool InTelegram, bool FollowsAll);
