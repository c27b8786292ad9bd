namespace Bot.FakeTelegram.State;

/// <summary>A file Telegram holds: sent by a user or uploaded by the bot.</summary>
internal sealed record StoredFile(string FileId, string UniqueId, string Path, byte[] Content, string? FileName, string? MimeType)
{
    public long Size => Content.LongLength;
}
