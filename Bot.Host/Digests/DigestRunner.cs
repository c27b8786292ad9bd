using Bot.Core.Digests;
using Bot.Host.Delivery;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Digests;

/// <summary>One scheduled round of digests: each manager's record and messages commit together in one
/// transaction, so a misfire, a restart or a second instance sends each manager at most one a day.</summary>
internal sealed class DigestRunner(IServiceScopeFactory scopes, OutboxSignal outboxSignal, ILogger<DigestRunner> log, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        await session.BeginAsync(cancellationToken);
        var messages = await services.GetRequiredService<DigestService>().ScheduledAsync(cancellationToken);
        await services.GetRequiredService<OutboxWriter>().EnqueueAsync(messages, time.GetUtcNow(), cancellationToken);
        await session.CommitAsync(cancellationToken);
        log.LogInformation("Digests: {Count} message(s) written", messages.Count);
        if (messages.Count > 0)
        {
            outboxSignal.Notify();
        }
    }
}
