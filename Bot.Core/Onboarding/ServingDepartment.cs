namespace Bot.Core.Onboarding;

/// <summary>A department of the firm that can serve a client: HR, Бухгалтерия, Консалтинг.</summary>
public sealed record ServingDepartment(int Id, string Code, string Name);
