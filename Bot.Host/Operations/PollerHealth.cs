namespace Bot.Host.Operations;

/// <summary>What the readiness check needs to know of this instance's poller.</summary>
internal sealed class PollerHealth(TimeProvider time)
{
    private long lastSuccessTicks;

    /// <summary>True while this instance holds the polling lease.</summary>
    public bool Polling { get; set; }

    public void Succeeded() => Interlocked.Exchange(ref lastSuccessTicks, time.GetUtcNow().UtcTicks);

    /// <summary>A standby is healthy; the poller is healthy while its getUpdates calls keep succeeding.</summary>
    public bool IsHealthy(TimeSpan allowedSilence) =>
        !Polling || time.GetUtcNow().UtcTicks - Interlocked.Read(ref lastSuccessTicks) <= allowedSilence.Ticks;
}
