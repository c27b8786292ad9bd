namespace Bot.FakeTelegram.Http;

/// <summary>A file part of a multipart request.</summary>
public sealed record UploadedFile(string FileName, string? ContentType, byte[] Content);
