using Bot.Core.Messaging;
using Bot.Storage.Inbox;
using Telegram.Bot.Types;

namespace Bot.Host.Inbox;

/// <summary>An update just received, read, whose sender this instance remembers in its chat: updates that are
/// all such are tried on those snapshots (<see cref="InboxProcessor.StoreAndProcessAsync"/>).</summary>
internal sealed record KnownSender(InboxEntry Entry, Update Update, Incoming Input, long SenderId, long ChatId)
{
    /// <summary>The updates' senders when this instance remembers each in its chat and none of the updates is
    /// throttled, carries a file (downloaded in a round trip of its own) or shares its chat with another — and
    /// they are at most <paramref name="most"/>; otherwise null. Reads the updates, nothing from the database.</summary>
    public static List<KnownSender>? AllOf(IReadOnlyList<InboxEntry> entries, SenderSnapshots snapshots, int most)
    {
        if (entries.Count > most)
        {
            return null;
        }

        var known = new List<KnownSender>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry is not { Notice: null, Throttled: false, ChatId: { } chatId }
                || known.Any(sender => sender.ChatId == chatId)
                || StoredUpdate.TryDecode(entry.Payload) is not ({ } update, { } input)
                || input is IncomingFile
                || (update.Message?.From?.Id ?? update.CallbackQuery?.From.Id) is not { } senderId
                || !snapshots.Knows(senderId, chatId))
            {
                return null;
            }

            known.Add(new KnownSender(entry, update, input, senderId, chatId));
        }

        return known;
    }
}
