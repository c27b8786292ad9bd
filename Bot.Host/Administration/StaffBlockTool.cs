using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Bot.Storage.Firm;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary>staff block LOGIN: the staff role is gone at once, their open tasks go to the company's PM (or the
/// department's head), and each successor is told — all in one transaction, the notices sent by the bot.</summary>
internal static class StaffBlockTool
{
    public static async Task<int> BlockAsync(IServiceProvider services, string login, DateTimeOffset now, TextWriter output, TextWriter errors)
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        var handed = await scope.ServiceProvider.GetRequiredService<StaffBlocking>().BlockAsync(login, now, CancellationToken.None);
        if (handed is null)
        {
            return await Refuse(errors, $"No staff member '{login}': see staff list.");
        }

        var notices = handed
            .Where(task => task.SuccessorUserId is not null)
            .Select(task => new SendText(
                task.SuccessorUserId!.Value,
                Texts.For(task.SuccessorLanguage).Staff.TakenOverFromBlocked(task.Number, task.CompanyName, task.BlockedName),
                TaskId: task.TaskId));
        await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(notices, now, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        var orphans = handed.Count(task => task.SuccessorUserId is null);
        return await Done(output, $"{login} is blocked; {handed.Count} open tasks handed over" +
            (orphans == 0 ? "." : $", {orphans} of them to nobody in the bot yet: appoint a PM or a department head."));
    }
}
