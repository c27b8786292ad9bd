namespace Bot.Host.Delivery;

/// <summary>Wakes a waiting loop early: work was just committed, no need to wait for the next poll. A
/// notification that comes while nobody waits is kept, so the next wait returns at once — a loop that
/// was busy querying when the work arrived must not then sleep through it.</summary>
internal abstract class WakeSignal
{
    private int pending;
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify()
    {
        Volatile.Write(ref pending, 1);
        Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Returns when notified (now or since the last wait), when the timeout passes, or when cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var notified = Volatile.Read(ref next).Task;
        if (Interlocked.Exchange(ref pending, 0) == 1)
        {
            return;
        }

        await notified.WaitAsync(timeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Interlocked.Exchange(ref pending, 0);
    }
}
