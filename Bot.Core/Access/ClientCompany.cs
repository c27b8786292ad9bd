namespace Bot.Core.Access;

/// <summary>A client company as staff see it in «Клиенты»: its projects as "department: PM" texts.</summary>
public sealed record ClientCompany(int Id, string Name, string Inn, IReadOnlyList<string> Projects);
