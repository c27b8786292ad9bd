using Bot.Core.Messaging;
using Bot.Host.Delivery;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Jobs;

/// <summary>One round of a scheduled job that writes messages: the work's records and its outbox rows commit
/// together in one transaction, so a crash, a restart or a second instance sends each message at most once.</summary>
internal sealed class OutboxRound(IServiceScopeFactory scopes, OutboxSignal outboxSignal, ILogger<OutboxRound> log, TimeProvider time)
{
    public async Task RunAsync(string name, Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<Outgoing>>> work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        await session.BeginAsync(cancellationToken);
        var messages = await work(services, cancellationToken);
        await services.GetRequiredService<OutboxWriter>().EnqueueAsync(messages, time.GetUtcNow(), cancellationToken);
        await session.CommitAsync(cancellationToken);
        log.LogDebug("{Round}: {Count} message(s) written", name, messages.Count);
        if (messages.Count > 0)
        {
            outboxSignal.Notify();
        }
    }
}
