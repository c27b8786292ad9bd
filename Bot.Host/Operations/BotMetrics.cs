using Prometheus;

namespace Bot.Host.Operations;

/// <summary>The bot's own metrics, exported at /metrics in Prometheus format by prometheus-net.</summary>
internal sealed class BotMetrics
{
    public Counter UpdatesReceived { get; } = Metrics.CreateCounter("botcabinet_updates_received_total", "Updates stored in the inbox.");

    public Counter UpdatesHandled { get; } = Metrics.CreateCounter("botcabinet_updates_handled_total", "Updates handled and committed.");

    public Counter UpdatesFailed { get; } = Metrics.CreateCounter("botcabinet_updates_failed_total", "Handling attempts that failed.");

    public Counter UpdatesThrottled { get; } = Metrics.CreateCounter("botcabinet_updates_throttled_total", "Updates over a user's rate, kept and not handled.");

    public Counter UpdatesParked { get; } = Metrics.CreateCounter("botcabinet_updates_parked_total", "Updates parked for an operator.");

    public Histogram HandlingLatency { get; } = Metrics.CreateHistogram(
        "botcabinet_update_handling_seconds",
        "From receipt of an update to the commit of its handling.",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.005, 2, 14) });

    public Histogram RoundTripsPerUpdate { get; } = Metrics.CreateHistogram(
        "botcabinet_update_round_trips",
        "Sequential database round trips from an update's arrival to its reply's send: storing it, its batch's claim, reads, writes and commit, and a lease unless the reply was handed straight to the sender.",
        new HistogramConfiguration { Buckets = Histogram.LinearBuckets(1, 1, 16) });

    public Counter SnapshotsRefused { get; } = Metrics.CreateCounter(
        "botcabinet_snapshot_refusals_total",
        "Updates handled on what this instance remembered of their sender that the database refused because it had changed; each was handled again the usual way.");

    public Counter MessagesSent { get; } = Metrics.CreateCounter("botcabinet_messages_sent_total", "Bot API calls Telegram took.");

    public Counter TooManyRequests { get; } = Metrics.CreateCounter("botcabinet_messages_429_total", "429 answers from Telegram.");

    public Counter Retries { get; } = Metrics.CreateCounter("botcabinet_messages_retried_total", "Sends deferred after a 5xx or network error.");

    public Counter Refused { get; } = Metrics.CreateCounter("botcabinet_messages_refused_total", "Sends refused for good or given up.");

    public Counter SetAside { get; } = Metrics.CreateCounter("botcabinet_messages_set_aside_total", "Sends set aside after failing on our side.");

    public Gauge OutboxFailed { get; } = Metrics.CreateGauge("botcabinet_outbox_failed", "Replies refused or given up, kept with their error.");

    public Gauge OutboxDepth { get; } = Metrics.CreateGauge("botcabinet_outbox_depth", "Replies waiting to be sent.");

    public Gauge OutboxOldestSeconds { get; } = Metrics.CreateGauge("botcabinet_outbox_oldest_seconds", "Age of the oldest reply waiting.");
}
