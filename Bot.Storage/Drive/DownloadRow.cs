namespace Bot.Storage.Drive;

/// <summary>One download as the report lists it.</summary>
public sealed record DownloadRow(DateTime At, string UserName, string CompanyName, string Folder, string FileName, string Instance);
