using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Storage.Files;

public static class ContentStoreExtensions
{
    public static async Task<bool> ContainsAsync(this IContentStore store, string sha256, CancellationToken cancellationToken) =>
        await store.FindAsync(sha256, cancellationToken) is not null;

    /// <summary>Keeps bytes the bot made itself (a chart, a calendar file), to be sent like any other file.</summary>
    public static async Task<StoredFileRef> KeepAsync(this IContentStore store, byte[] bytes, string name, string mimeType, FileKind kind, CancellationToken cancellationToken)
    {
        var kept = await store.PutAsync(new MemoryStream(bytes), bytes.Length, cancellationToken);
        return new StoredFileRef(0, name, mimeType, kind, kept.Sha256, null);
    }
}
