namespace Bot.Core.Messaging;

/// <summary>A photo or document; <see cref="AlbumId"/> groups the files sent together as one album; <see cref="ThreadId"/>
/// is the forum topic it was sent in.</summary>
public sealed record IncomingFile(long ChatId, ChatUser From, int MessageId, SharedFile File, string? Caption, string? AlbumId, int? ThreadId = null)
    : Incoming(ChatId, From);
