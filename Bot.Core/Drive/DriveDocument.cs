using Bot.Core.Requests;

namespace Bot.Core.Drive;

/// <summary>A document in a company's folder, with who uploaded it and when.</summary>
public sealed record DriveDocument(long Id, int CompanyId, DriveFolder Folder, StoredFileRef File, long Size, string UploadedByName, DateTimeOffset UploadedAt, bool Archived);
