namespace Bot.Core.Messaging;

/// <summary>A photo or document; <see cref="AlbumId"/> groups the files sent together as one album.</summary>
public sealed record IncomingFile(long ChatId, ChatUser From, int MessageId, SharedFile File, string? Caption, string? AlbumId)
    : Incoming(ChatId, From);
