using Bot.Storage.Migrations;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.Startup;

/// <summary>Brings the schema up to date before anything else starts (hosted services start in order).</summary>
internal sealed class MigrateAtStart(SchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
