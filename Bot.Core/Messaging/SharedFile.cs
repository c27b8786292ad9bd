namespace Bot.Core.Messaging;

/// <summary>A file as the messenger holds it; <see cref="FileId"/> fetches it from there.</summary>
public sealed record SharedFile(string FileId, FileKind Kind, string? FileName, string? MimeType, long? Size);
