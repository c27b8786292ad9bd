namespace Bot.Storage.Chat;

/// <summary>One entry of a company's conversation as the export lists it.</summary>
public sealed record ChatExportRow(DateTime CreatedAt, string Kind, string AuthorName, string? AddresseeName, string Body, string? Mark, string? Service, decimal? Price, string? FileName);
