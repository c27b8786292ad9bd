using Bot.Core.Messaging;
using Bot.Core.Routing;
using Bot.Host.Delivery;
using Bot.Host.Operations;
using Bot.Host.Outbox;
using Bot.Host.Telegram;
using Bot.Storage.Connection;
using Bot.Storage.Inbox;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Bot.Host.Inbox;

/// <summary>Handles due updates from the inbox, a batch (at most one update per chat) in one DI scope and one
/// transaction: the updates' effects, their replies in the outbox and their "handled" marks commit together.
/// An update carrying a file is handled alone after its batch commits, so that no other chat waits on its
/// download from Telegram. An update whose chat already waits for <see cref="DeliveryOptions.MaxPendingRepliesPerChat"/>
/// replies is marked handled without being answered. When anything in a batch fails, the whole batch rolls back and its updates are
/// handled again one at a time, so that a failing update is recorded alone (<see cref="HandlingFailures"/>):
/// a transient failure is retried later without spending an attempt; any other is tried again after a
/// back-off and, once attempts run out, parked for an operator while the user is told that it did not work.
/// If the database itself fails, nothing is recorded and the updates are simply claimed again later.
/// A batch costs few round trips: the claim, which also reads every sender's identity and conversation;
/// whatever the handlers need beyond that; and the replies, the "handled" marks and COMMIT together. Replies to
/// a chat that waits for no other and is within its pacing are leased with the commit and handed straight to
/// the sender (<see cref="ReplyHandOff"/>); only the rest wake the outbox's loops. Updates just received from
/// senders remembered in their chats, a chat each, cost one round trip: they are handled on those snapshots and
/// stored, checked and written together (<see cref="StoreAndProcessAsync"/>).</summary>
internal sealed class InboxProcessor(
    IServiceScopeFactory scopes,
    InboxSignal inboxSignal,
    OutboxSignal outboxSignal,
    ReplyHandOff handOff,
    SenderSnapshots snapshots,
    OutcomeRecorder recorder,
    BotMetrics metrics,
    HandlingFailures failures,
    IOptions<DeliveryOptions> options,
    ILogger<InboxProcessor> log,
    TimeProvider time)
{
    private const string BeforeHandling = "before_handling";

    /// <summary>Returns how many updates were claimed: 0 when nothing was due.</summary>
    public Task<int> ProcessDueAsync(CancellationToken cancellationToken) => ProcessAsync(null, cancellationToken);

    /// <summary>Stores updates just received and claims a batch in the same round trip, then handles the batch as
    /// <see cref="ProcessDueAsync"/> does: no worker has to wake up, and the updates cost one round trip less.
    /// <paramref name="arrival"/>'s task completes once they are stored — only then may Telegram learn that they
    /// arrived. A failure is thrown, before or after they are stored (<see cref="InboxIntake"/> stores them
    /// alone when it came before). Updates of remembered senders, a chat each, are first tried on their senders'
    /// snapshots (<see cref="HandledOnSnapshotAsync"/>), one round trip in all.</summary>
    public async Task StoreAndProcessAsync(Arrival arrival)
    {
        if (await HandledOnSnapshotAsync(arrival))
        {
            return;
        }

        await ProcessAsync(arrival, CancellationToken.None);
        if (arrival.LeftBehind)
        {
            inboxSignal.Notify(); // a later update of a chat in this batch can be taken now that the batch is committed
        }
    }

    /// <summary>Updates whose senders this instance remembers in their chats are handled before anything is read,
    /// on those snapshots, and stored, checked and written in one transaction and one round trip
    /// (<see cref="ArrivalClaims.Take"/>). False when they were not: a handler that needs a round trip of its
    /// own, or fails, stops it before anything reaches the server, and a snapshot that no longer holds rolls it
    /// all back, the updates' storing included — either way the updates are then stored and handled the usual way,
    /// their handlers run again. Any other failure is thrown.</summary>
    private async Task<bool> HandledOnSnapshotAsync(Arrival arrival)
    {
        // No scope, no connection when a sender is not remembered.
        if (KnownSender.AllOf(arrival.Entries, snapshots, options.Value.InboxBatchSize) is not { } known)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        var claims = services.GetRequiredService<ArrivalClaims>();
        await session.BeginAsync(CancellationToken.None);
        var now = time.GetUtcNow();
        if (claims.Take([.. known.Select(sender => (sender.Entry, sender.SenderId))], now, options.Value.Pacing()) is not { } arrived)
        {
            return false;
        }

        Handing handing;
        try
        {
            session.HoldUntilCommit();
            var replies = new List<Outgoing>();
            foreach (var sender in known)
            {
                replies.AddRange(await RouteAsync(services, sender.Update, sender.Input, CancellationToken.None));
            }

            handing = Finish(services, [.. arrived.Select(claim => claim.Claimed)], replies, storedHandled: true);
            foreach (var (claim, sender) in arrived.Zip(known))
            {
                claim.NoteLeased(handing.HandedOff.GetValueOrDefault(sender.ChatId));
            }
        }
        catch (Exception error)
        {
            log.LogDebug(error, "{Count} updates could not be handled on their senders' snapshots; handling them the usual way", known.Count);
            return false;
        }

        try
        {
            await session.CommitAsync(CancellationToken.None);
        }
        catch (Exception error) when (ArrivalClaims.ChangedMeanwhile(error))
        {
            foreach (var sender in known)
            {
                claims.Forget(sender.SenderId, sender.ChatId); // which one changed is not told; the usual claim remembers the others again
            }

            metrics.SnapshotsRefused.Inc();
            return false;
        }

        arrival.Stored.SetResult();
        await HandOverAsync(handing, session.RoundTrips, arrival);
        return true;
    }

    private async Task<int> ProcessAsync(Arrival? arrival, CancellationToken cancellationToken)
    {
        IReadOnlyList<ClaimedUpdate> batch;
        List<ClaimedUpdate> oneByOne;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var session = services.GetRequiredService<DbSession>();
            await session.BeginAsync(cancellationToken);
            if (arrival is not null && !InboxWriter.StoreAhead(session, arrival.Entries, time.GetUtcNow()))
            {
                throw new InvalidOperationException("These updates must be stored alone.");
            }

            var claims = services.GetRequiredService<InboxClaims>();
            batch = await claims.ClaimDueAsync(options.Value.InboxBatchSize, time.GetUtcNow(), options.Value.MaxPendingRepliesPerChat, options.Value.Pacing(), cancellationToken);
            arrival?.Stored.SetResult();
            var leftBehind = arrival?.NoteClaimed(batch) == true;
            if (batch.Count == options.Value.InboxBatchSize || leftBehind)
            {
                inboxSignal.Notify(); // more may be due: another loop can take them meanwhile
            }

            if (batch.Count == 0)
            {
                return 0;
            }

            var decoded = batch.Select(claimed => (Claimed: claimed, Decoded: StoredUpdate.TryDecode(claimed))).ToList();
            oneByOne = batch.Count > 1 ? [.. decoded.Where(d => d.Decoded?.Input is IncomingFile).Select(d => d.Claimed)] : [];
            var together = decoded.Where(d => !oneByOne.Contains(d.Claimed)).ToList();
            try
            {
                var answered = together.Where(d => d.Claimed.PendingReplies < options.Value.MaxPendingRepliesPerChat).ToList();
                foreach (var (claimed, _) in together.Except(answered))
                {
                    // The chat is far behind on its replies (its user floods the bot): recorded, not answered.
                    log.LogInformation("Update {UpdateId} not handled: its chat waits for {Count} replies already", claimed.UpdateId, claimed.PendingReplies);
                    metrics.UpdatesThrottled.Inc();
                }

                var replies = new List<Outgoing>();
                foreach (var (claimed, update) in answered)
                {
                    var (payload, input) = update ?? StoredUpdate.Decode(claimed);
                    replies.AddRange(await RouteAsync(services, payload, input, cancellationToken));
                }

                var handing = Finish(services, [.. together.Select(d => d.Claimed)], replies, storedHandled: false);
                await session.CommitAsync(cancellationToken);
                claims.KeepSnapshots();
                await HandOverAsync(handing, session.RoundTrips, arrival);
            }
            catch (Exception error)
            {
                // Disposing the scope rolls the batch back; the one-at-a-time path below records the failure.
                log.LogDebug(error, "A batch of {Count} updates failed; handling them one at a time", together.Count);
                oneByOne = [.. batch];
            }
        }

        foreach (var claimed in oneByOne)
        {
            await ProcessOneAsync(claimed.UpdateId, cancellationToken);
        }

        return batch.Count;
    }

    private async Task ProcessOneAsync(long updateId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        await session.BeginAsync(cancellationToken);
        var claimed = await services.GetRequiredService<InboxClaims>().ClaimAsync(updateId, time.GetUtcNow(), options.Value.MaxPendingRepliesPerChat, options.Value.Pacing(), cancellationToken);
        if (claimed is null)
        {
            return;
        }

        // The claim's row lock must outlive a failure: were it released before the failure is recorded,
        // another worker could take the same update at once. So the handling runs after a savepoint, a
        // failure rolls back to it, and the failure is recorded in the same transaction.
        await session.SaveAsync(BeforeHandling, cancellationToken);
        Incoming? input = null;
        Handing? handing = null;
        try
        {
            (var update, input) = StoredUpdate.Decode(claimed);
            var replies = await RouteAsync(services, update, input, cancellationToken);
            handing = Finish(services, [claimed], replies, storedHandled: false);
            await session.FlushAsync(cancellationToken); // a failing deferred write is this update's failure, recorded below
        }
        catch (Exception error)
        {
            handing = null;
            await session.RollbackToAsync(BeforeHandling, cancellationToken);
            await failures.RecordAsync(services, claimed, input, error, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        if (handing is null)
        {
            outboxSignal.Notify();
            return;
        }

        await HandOverAsync(handing, session.RoundTrips, null);
    }

    private static async Task<IReadOnlyList<Outgoing>> RouteAsync(IServiceProvider services, Update update, Incoming? input, CancellationToken cancellationToken) =>
        input is null
            ? AnswerIfPress(update)
            : await services.GetRequiredService<UpdateRouter>().RouteAsync(input, cancellationToken);

    /// <summary>Queues the replies and the "handled" marks to go with the commit — no marks when the updates were
    /// <paramref name="storedHandled"/> (an arrival taken on its sender's snapshot). A chat's replies are leased for
    /// the hand-off when the chat waits for no earlier reply and they fit its pacing; button answers always are.</summary>
    private Handing Finish(IServiceProvider services, IReadOnlyList<ClaimedUpdate> handled, IReadOnlyList<Outgoing> replies, bool storedHandled)
    {
        var now = time.GetUtcNow();
        var pacing = options.Value.Pacing();
        var chats = handled.Where(claimed => claimed.ChatId is not null && claimed.PendingReplies == 0).ToDictionary(claimed => claimed.ChatId!.Value, claimed => claimed.RecentSends);
        var handing = new Handing(handled, now, handOff.LeaseFrom(now), [], [], replies.Count);
        services.GetRequiredService<OutboxWriter>().EnqueueWithCommit(replies, now, HandOff, handing.LeasedUntil, handing.Leased);
        if (!storedHandled)
        {
            services.GetRequiredService<InboxClaims>().MarkHandled([.. handled.Select(claimed => claimed.UpdateId)], now);
        }

        return handing;

        // Counts each chat's replies as they come: those beyond its burst wait in the outbox behind the others.
        bool HandOff(long? chatId)
        {
            if (chatId is not { } chat)
            {
                return true;
            }

            if (!chats.TryGetValue(chat, out var sent))
            {
                return false;
            }

            chats[chat] = sent + 1;
            if (sent + 1 > (chat < 0 ? pacing.GroupBurst : pacing.ChatBurst))
            {
                return false;
            }

            handing.HandedOff[chat] = handing.HandedOff.GetValueOrDefault(chat) + 1;
            return true;
        }
    }

    /// <summary>After the commit: the leased replies go to the sender, the rest wake an outbox loop, and the
    /// figures are noted — among them the round trips each update cost before its reply could be sent (its
    /// storing unless it travelled with the claim, the batch's session, and a lease when its reply was not
    /// handed off).</summary>
    private async Task HandOverAsync(Handing handing, int sessionRoundTrips, Arrival? arrival)
    {
        var offered = handOff.Offer(handing.Leased, handing.LeasedUntil);
        if (!offered)
        {
            // The sender has stopped: the rows go back to the table (and wake its loops) for whichever sender comes next.
            await recorder.ReleaseAsync([.. handing.Leased.Select(item => item.Id)]);
        }

        if (handing.Replies > handing.Leased.Count)
        {
            handOff.NoteLeftBehind();
            outboxSignal.Notify();
        }

        var handedChats = offered ? handing.Leased.Select(item => item.ChatId).ToHashSet() : [];
        metrics.UpdatesHandled.Inc(handing.Handled.Count);
        foreach (var claimed in handing.Handled)
        {
            metrics.HandlingLatency.Observe((handing.Now.UtcDateTime - claimed.ReceivedAt).TotalSeconds);
            var storing = arrival?.Brought(claimed.UpdateId) == true ? 0 : InboxWriter.RoundTrips;
            metrics.RoundTripsPerUpdate.Observe(storing + sessionRoundTrips + (handedChats.Contains(claimed.ChatId) ? 0 : 1));
        }
    }

    private static List<Outgoing> AnswerIfPress(Update update) =>
        update.CallbackQuery is { } press ? [new AnswerButton(press.Id)] : [];

    /// <summary>A batch's commit in the making: what it handled, which replies it leased for the hand-off (once
    /// committed) and how many of each chat's.</summary>
    private sealed record Handing(IReadOnlyList<ClaimedUpdate> Handled, DateTimeOffset Now, DateTimeOffset LeasedUntil, List<OutboxItem> Leased, Dictionary<long, int> HandedOff, int Replies);
}
