namespace Bot.Host.Delivery;

/// <summary>Wakes one waiting loop early: work was just committed, no need to wait for the next poll. A
/// notification that comes while nobody waits is kept, so the next wait returns at once — a loop that
/// was busy querying when the work arrived must not then sleep through it. Waking one loop rather than all
/// spares the others an empty query; a loop that found work wakes the next one to share it.</summary>
internal abstract class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Notify()
    {
        if (wake.CurrentCount > 0)
        {
            return;
        }

        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another notification got there first; one pending wake-up is all there is.
        }
    }

    /// <summary>Returns when notified (now or since the last wait), when the timeout passes, or when cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await ((Task)wake.WaitAsync(timeout, cancellationToken)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    public void Dispose()
    {
        wake.Dispose();
        GC.SuppressFinalize(this);
    }
}
