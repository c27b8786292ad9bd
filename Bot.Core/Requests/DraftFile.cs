using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>A file already in the firm's store (by its stored-file id), attached to something not yet sent.</summary>
public sealed record DraftFile(long Id, string Name, long Size, FileKind Kind);
