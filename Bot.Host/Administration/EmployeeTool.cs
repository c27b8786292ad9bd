using Bot.Core.Employees;
using Bot.Storage.Firm;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>employee list INN</c>, <c>employee rights INN ID files=on|off documents=on|off approve=on|off
/// finance=on|off</c>: what each of a company's employees may do there (all rights by default);
/// <c>employee follow INN ID on|off</c>: hears of every request of the company; <c>employee remove INN ID</c>.</summary>
internal static class EmployeeTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var companies = services.GetRequiredService<CompanyRepository>();
        var memberships = services.GetRequiredService<MembershipRepository>();
        switch (args)
        {
            case ["list", var inn]:
                if (await companies.FindByInnAsync(inn, CancellationToken.None) is not { } listed)
                {
                    return await Refuse(errors, $"No company with ИНН {inn}: see company list.");
                }

                foreach (var employee in await memberships.ListAsync(listed, CancellationToken.None))
                {
                    await output.WriteLineAsync($"{employee.Id}\t{employee.FullName}\tfiles={OnOff(employee.CanFileRequests)} documents={OnOff(employee.CanSeeDocuments)} approve={OnOff(employee.CanApprove)} finance={OnOff(employee.CanSeeFinance)}");
                }

                return 0;
            case ["rights", var inn, var id, .. var settings] when settings.Length > 0 && int.TryParse(id, out var employeeId) && TryRead(settings, out var rights):
                if (await companies.FindByInnAsync(inn, CancellationToken.None) is not { } company)
                {
                    return await Refuse(errors, $"No company with ИНН {inn}: see company list.");
                }

                if (!await memberships.SetRightsAsync(company, employeeId, rights.GetValueOrDefault("files"), rights.GetValueOrDefault("documents"), rights.GetValueOrDefault("approve"), rights.GetValueOrDefault("finance"), CancellationToken.None))
                {
                    return await Refuse(errors, $"Employee {employeeId} is not in the company {inn}: see employee list {inn}.");
                }

                return await Done(output, $"Rights of employee {employeeId} in {inn} set: {string.Join(' ', settings)}.");
            case ["follow", var inn, var id, var state and ("on" or "off")] when int.TryParse(id, out var employeeId):
                return await companies.FindByInnAsync(inn, CancellationToken.None) is not { } followed
                    ? await Refuse(errors, $"No company with ИНН {inn}: see company list.")
                    : await services.GetRequiredService<IClientEmployees>().FollowAllAsync(followed, employeeId, state == "on", (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow(), CancellationToken.None)
                        ? await Done(output, state == "on" ? $"Employee {employeeId} follows every request of {inn}." : $"Employee {employeeId} no longer follows every request of {inn}.")
                        : await Refuse(errors, $"Employee {employeeId} is not in the company {inn}: see employee list {inn}.");
            case ["remove", var inn, var id] when int.TryParse(id, out var employeeId):
                return await companies.FindByInnAsync(inn, CancellationToken.None) is not { } left
                    ? await Refuse(errors, $"No company with ИНН {inn}: see company list.")
                    : await services.GetRequiredService<IClientEmployees>().RemoveAsync(left, employeeId, CancellationToken.None)
                        ? await Done(output, $"Employee {employeeId} is removed from {inn}: their access ended now; their requests and messages stay.")
                        : await Refuse(errors, $"Employee {employeeId} is not in the company {inn}: see employee list {inn}.");
            default:
                return 2;
        }
    }

    private static bool TryRead(string[] settings, out Dictionary<string, bool?> rights)
    {
        rights = [];
        foreach (var setting in settings)
        {
            var parts = setting.Split('=');
            if (parts is not [("files" or "documents" or "approve" or "finance") and var name, ("on" or "off") and var value] || !rights.TryAdd(name, value == "on"))
            {
                return false;
            }
        }

        return true;
    }

    private static string OnOff(bool value) => value ? "on" : "off";
}
