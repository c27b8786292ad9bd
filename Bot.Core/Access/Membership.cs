namespace Bot.Core.Access;

/// <summary>A client employee's place in one company.</summary>
public sealed record Membership(int CompanyId, string CompanyName);
