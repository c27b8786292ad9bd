using Bot.Core.Agenda;
using Bot.Core.Firm;
using Bot.Core.Taxes;
using Bot.Storage.Firm;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary>department, staff, company and project: set up the firm and its clients from the command line.
/// A name already taken, an unknown code or a mistyped ИНН is refused with one sentence.</summary>
internal static class FirmTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] words, TextWriter output, TextWriter errors)
    {
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var none = CancellationToken.None;
        var departments = services.GetRequiredService<DepartmentRepository>();
        var staff = services.GetRequiredService<StaffRepository>();
        var companies = services.GetRequiredService<CompanyRepository>();
        var companyServices = services.GetRequiredService<CompanyServicesRepository>();
        try
        {
            switch (words)
            {
                case ["department", "add", var code, var name]:
                    await departments.AddAsync(code, name, none);
                    return await Done(output, $"Department {code} added.");
                case ["department", "head", var code, var login]:
                    return await departments.SetHeadAsync(code, login, none) ? await Done(output, $"{login} heads {code}.") : await Refuse(errors, $"No department '{code}' or no staff member '{login}'.");
                case ["department", "list"]:
                    return await Table(output, (await departments.ListAsync(none)).Select(d => $"{d.Code}\t{d.Name}\thead: {d.Head ?? "—"}"));
                case ["staff", "add", var login, var fullName, var codes, .. var flags] when flags is [] or ["admin"]:
                    return await staff.AddAsync(login, fullName, flags is ["admin"], codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), now, none) is null
                        ? await Refuse(errors, $"One of the departments '{codes}' does not exist: see department list.")
                        : await Done(output, $"Staff member {login} added. Invite them with: invite staff {login}");
                case ["staff", "block", var login]:
                    return await StaffBlockTool.BlockAsync(services, login, now, output, errors);
                case ["staff", "unblock", var login]:
                    return await staff.SetBlockedAsync(login, false, now, none)
                        ? await Done(output, $"{login} is unblocked.")
                        : await Refuse(errors, $"No staff member '{login}': see staff list.");
                case ["staff", "list"]:
                    return await Table(output, (await staff.ListAsync(none)).Select(s => $"{s.Login}\t{s.FullName}\t{s.Departments}{(s.IsAdmin ? "\tadmin" : "")}{(s.InTelegram ? "\tin Telegram" : "\tinvite not accepted")}{(s.Blocked ? "\tblocked" : "")}"));
                case ["company", "add", var inn, var name]:
                    if (!Inn.IsValid(inn))
                    {
                        return await Refuse(errors, $"'{inn}' is not a valid ИНН: 10 digits for an organisation or 12 for a person, with correct check digits.");
                    }

                    await companies.AddAsync(name, inn, now, none);
                    return await Done(output, $"Company {name} ({inn}) added. Start its projects with: project add {inn} DEPT PM_LOGIN main");
                case ["company", "archive", var inn]:
                    return await WithCompany(companies, inn, errors, async id =>
                    {
                        await companies.ArchiveAsync(id, now, none);
                        return await Done(output, $"Company {inn} is archived: its employees no longer act for it; its data stays.");
                    });
                case ["company", "list"]:
                    return await Table(output, (await companies.ListAsync(none)).Select(c => $"{c.Inn}\t{c.Name}\tprojects: {(c.Projects.Length == 0 ? "none" : c.Projects)}\temployees in the bot: {c.Employees}{(c.Connecting ? "\tconnecting" : "")}{(c.Archived ? "\tarchived" : "")}"));
                case ["company", "services", var inn]:
                    return await WithCompany(companies, inn, errors, async id => await Table(output, (await companyServices.ListAsync(id, none)).Select(s => $"{s.Code}\t{s.CategoryTitle}: {s.Title}\t{(s.Enabled ? "on" : "off")}\tresponsible: {s.Responsible ?? "—"}")));
                case ["company", "service", var inn, var code, var state and ("on" or "off"), .. var responsible] when responsible.Length <= 1:
                    return await WithCompany(companies, inn, errors, async id => await companyServices.EditAsync(id, code, state == "on", responsible.FirstOrDefault(), none)
                        ? await Done(output, $"{code} is {state} for {inn}.")
                        : await Refuse(errors, $"{code} is not on the service list of {inn}."));
                case ["company", "profile", var inn, var code, var employer and ("employer=yes" or "employer=no")]:
                    if (!TaxRegimeCodes.TryParse(code, out var regime) || (regime == TaxRegime.Psn && inn.Length == 10))
                    {
                        return await Refuse(errors, $"'{code}' is not a regime of this company: one of {string.Join(", ", TaxRegimeCodes.All)} (psn is for entrepreneurs only).");
                    }

                    return await WithCompany(companies, inn, errors, async id =>
                    {
                        await services.GetRequiredService<ITaxProfiles>().SetAsync(id, new TaxProfile(regime, employer == "employer=yes"), "command", now, none);
                        return await Done(output, $"Tax profile of {inn}: {TaxRegimeCodes.Of(regime)}, {employer}. Its tax dates are in its calendar.");
                    });
                case ["company", "onboard", var inn, var name, var codes, var summary, .. var main] when main is [] or [['m', 'a', 'i', 'n', '=', ..]]:
                    return await OnboardTool.StartAsync(services, inn, name, codes, summary, main is [var flag] ? flag["main=".Length..] : null, output, errors);
                case ["project", "main", var inn, var department]:
                    return await WithCompany(companies, inn, errors, async id => await companies.SetMainAsync(id, department, none)
                        ? await Done(output, $"The PM of {department} is now the main PM of {inn}; the other PMs are moderators.")
                        : await Refuse(errors, $"{inn} has no project in '{department}': see company list."));
                case ["project", "add", var inn, var department, var pm, .. var flags] when flags is [] or ["main"]:
                    return await WithCompany(companies, inn, errors, async id => await OnboardTool.AppointAsync(services, id, department, pm, output, errors) ?? (await companies.AddProjectAsync(id, department, pm, flags is ["main"], none)
                        ? await Done(output, $"Project {department} started for {inn} with PM {pm}; the department's services are on the company's list.")
                        : await Refuse(errors, $"No department '{department}' or no staff member '{pm}'.")));
                default:
                    return 2;
            }
        }
        catch (PostgresException refused) when (refused.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            return await Refuse(errors, refused.SqlState == PostgresErrorCodes.UniqueViolation
                ? $"Already there: {refused.ConstraintName} must be unique."
                : $"Refused by the database ({refused.ConstraintName}): check the codes and logins (a–z, 0–9, '-', '_').");
        }
    }

    private static async Task<int> WithCompany(CompanyRepository companies, string inn, TextWriter errors, Func<int, Task<int>> action) =>
        await companies.FindByInnAsync(inn, CancellationToken.None) is { } id ? await action(id) : await Refuse(errors, $"No company with ИНН {inn}: see company list.");

    private static async Task<int> Table(TextWriter output, IEnumerable<string> rows)
    {
        foreach (var row in rows)
        {
            await output.WriteLineAsync(row);
        }

        return 0;
    }
}
