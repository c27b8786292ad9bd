namespace Bot.Host.Delivery;

/// <summary>Wakes a waiting loop early: work was just committed, no need to wait for the next poll.</summary>
internal abstract class WakeSignal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Returns when notified, when the timeout passes, or when cancelled — whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await Volatile.Read(ref next).Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
}

/// <summary>New updates are in the inbox.</summary>
internal sealed class InboxSignal : WakeSignal;

/// <summary>New replies are in the outbox.</summary>
internal sealed class OutboxSignal : WakeSignal;
