using Bot.Core.Requests;

namespace Bot.Core.Drive;

/// <summary>A built download report, kept in the firm's store, and how many downloads it lists.</summary>
public sealed record DownloadReportFile(StoredFileRef File, int Downloads);
