using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Driver;

/// <summary>One photo or document of an album a user sends.</summary>
public sealed record AlbumItem(MessageKind Kind, byte[] Content, string? FileName = null, string? MimeType = null, string? Caption = null);
