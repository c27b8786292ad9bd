using Bot.Core.Deadlines;
using Bot.Host.Delivery;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Deadlines;

/// <summary>One pass of the reminders: the notices' records and their outbox rows commit together, in one
/// transaction, so a crash, a restart or a second instance sends each notice at most once.</summary>
internal sealed class DeadlineReminderRunner(IServiceScopeFactory scopes, OutboxSignal outboxSignal, ILogger<DeadlineReminderRunner> log, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        await session.BeginAsync(cancellationToken);
        var now = time.GetUtcNow();
        var notices = await services.GetRequiredService<DeadlineReminders>().DueAsync(now, cancellationToken);
        await services.GetRequiredService<OutboxWriter>().EnqueueAsync(notices, now, cancellationToken);
        await session.CommitAsync(cancellationToken);
        log.LogDebug("Deadline reminders: {Count} notice(s)", notices.Count);
        if (notices.Count > 0)
        {
            outboxSignal.Notify();
        }
    }
}
