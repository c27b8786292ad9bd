using Bot.Core.Firm;
using Bot.Core.Messaging;
using Bot.Core.Onboarding;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>company onboard INN NAME DEPT[,DEPT…] SUMMARY [main=DEPT]</c> starts the onboarding that «Новый клиент» starts
/// in the bot, and <c>project add</c> on a company being onboarded appoints its PM as a head's card does: the same code
/// (<see cref="ClientOnboarding"/>), the same rows, the same messages, written with the change in one transaction.</summary>
internal static class OnboardTool
{
    /// <summary>Whose name the heads' cards show for an onboarding started by command.</summary>
    public const string CommandStarter = "Администратор";

    public static async Task<int> StartAsync(IServiceProvider services, string inn, string name, string codes, string summary, string? mainCode, TextWriter output, TextWriter errors)
    {
        if (!Inn.IsValid(inn))
        {
            return await Refuse(errors, $"'{inn}' is not a valid ИНН: 10 digits for an organisation or 12 for a person, with correct check digits.");
        }

        return await InSessionAsync(services, async (provider, now) =>
        {
            var onboardings = provider.GetRequiredService<IOnboardings>();
            if (await onboardings.CompanyNameByInnAsync(inn, CancellationToken.None) is { } known)
            {
                return (await Refuse(errors, $"ИНН {inn} already belongs to {known}."), []);
            }

            var departments = await onboardings.DepartmentsAsync(CancellationToken.None);
            var chosen = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
            var ids = chosen.Select(code => departments.FirstOrDefault(d => d.Code == code)?.Id).ToList();
            var main = mainCode is null ? null : departments.FirstOrDefault(d => d.Code == mainCode)?.Id;
            if (ids.Count == 0 || ids.Any(id => id is null) || (mainCode is not null && (main is null || !ids.Contains(main))))
            {
                return (await Refuse(errors, $"Departments '{codes}'{(mainCode is null ? "" : $" with main={mainCode}")}: each must be one of {string.Join(", ", departments.Select(d => d.Code))}, the main one among them."), []);
            }

            var client = new NewClient(inn, name, [.. ids.Select(id => id!.Value)], main, summary);
            var (_, cards) = await provider.GetRequiredService<ClientOnboarding>().StartAsync(client, new TaskActor(0, CommandStarter), now, CancellationToken.None);
            return (await Done(output, $"Company {name} ({inn}) is connecting: {cards.Count} card(s) sent to the department heads, who appoint the PMs (or: project add {inn} DEPT PM_LOGIN)."), cards);
        });
    }

    /// <summary>Appoints a PM for a department of a company being onboarded; null when the company has no open onboarding
    /// for that department (the plain <c>project add</c> applies).</summary>
    public static async Task<int?> AppointAsync(IServiceProvider services, int companyId, string departmentCode, string pmLogin, TextWriter output, TextWriter errors)
    {
        var handled = true;
        var code = await InSessionAsync(services, async (provider, now) =>
        {
            var onboardings = provider.GetRequiredService<IOnboardings>();
            var session = provider.GetRequiredService<DbSession>();
            var department = (await onboardings.DepartmentsAsync(CancellationToken.None)).FirstOrDefault(d => d.Code == departmentCode);
            if (department is null || !(await onboardings.PendingDepartmentsAsync(companyId, CancellationToken.None)).Contains(department.Id))
            {
                handled = false;
                return (0, []);
            }

            var staffId = await session.QuerySingleOrDefaultAsync<int?>("SELECT id FROM staff WHERE login = @Login", new { Login = pmLogin }, CancellationToken.None);
            var step = (await onboardings.FindAsync(companyId, department.Id, CancellationToken.None))!;
            var (outcome, notices) = staffId is { } id
                ? await provider.GetRequiredService<ClientOnboarding>().AppointAsync(companyId, department.Id, id, step.DefaultProjectName, now, CancellationToken.None)
                : (new AppointOutcome.NotOfDepartment(), []);
            return outcome switch
            {
                AppointOutcome.Appointed appointed => (await Done(output, $"{pmLogin} is the {(appointed.IsMain ? "main PM" : "moderator")} of {step.CompanyName} for {departmentCode}.{(appointed.CompanyActivated ? " Every department has its PM: the company is active and its service list is made." : "")}"), notices),
                AppointOutcome.NotOfDepartment => (await Refuse(errors, $"'{pmLogin}' is not a staff member of {departmentCode}: see staff list."), notices),
                _ => (await Refuse(errors, $"{departmentCode} of {step.CompanyName} already has its PM."), notices),
            };
        });
        return handled ? code : null;
    }

    private static async Task<int> InSessionAsync(IServiceProvider services, Func<IServiceProvider, DateTimeOffset, Task<(int Code, IReadOnlyList<Outgoing> Messages)>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var session = provider.GetRequiredService<DbSession>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        await session.BeginAsync(CancellationToken.None);
        var (code, messages) = await work(provider, now);
        if (code == 0)
        {
            await provider.GetRequiredService<OutboxWriter>().EnqueueAsync(messages, now, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        return code;
    }
}
