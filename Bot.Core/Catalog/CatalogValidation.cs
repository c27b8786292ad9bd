using Bot.Core.FileImport;
using System.Text.RegularExpressions;

namespace Bot.Core.Catalog;

/// <summary>Checks a catalog against itself and against the firm's departments and staff; every problem
/// names its line. An empty list means the catalog may be imported.</summary>
public static partial class CatalogValidation
{
    public static IReadOnlyList<string> Check(CatalogFile catalog, IReadOnlySet<string> departments, IReadOnlySet<string> staffLogins)
    {
        var problems = new List<string>();
        var categoryCodes = new HashSet<string>(StringComparer.Ordinal);
        var serviceCodes = new HashSet<string>(StringComparer.Ordinal);
        var services = new Dictionary<string, ServiceTemplate>(StringComparer.Ordinal);
        foreach (var category in catalog.Categories)
        {
            Code(category.Code, category.Line, "category", categoryCodes, problems);
            if (!departments.Contains(category.DepartmentCode))
            {
                problems.Add($"line {category.Line}: department '{category.DepartmentCode}' does not exist (known: {string.Join(", ", departments.Order(StringComparer.Ordinal))})");
            }

            foreach (var service in category.Services)
            {
                CheckService(service, serviceCodes, services, staffLogins, problems);
            }
        }

        foreach (var service in services.Values.Where(service => service.WaitsFor is not null))
        {
            if (!services.ContainsKey(service.WaitsFor!))
            {
                problems.Add($"line {service.Line}: waits_for '{service.WaitsFor}' is not a service of this catalog");
            }
            else if (WaitsForItself(service, services))
            {
                problems.Add($"line {service.Line}: the chain of waits_for from '{service.Code}' comes back to it");
            }
        }

        return [.. problems.OrderBy(ProblemLine.Of)];
    }

    private static void CheckService(ServiceTemplate service, HashSet<string> codes, Dictionary<string, ServiceTemplate> services, IReadOnlySet<string> staffLogins, List<string> problems)
    {
        if (Code(service.Code, service.Line, "service", codes, problems))
        {
            services[service.Code] = service;
        }

        if (string.IsNullOrWhiteSpace(service.Title))
        {
            problems.Add($"line {service.Line}: service '{service.Code}' has no title");
        }

        if (service.Terms.PlannedWorkingDays < 1)
        {
            problems.Add($"line {service.Line}: planned_days of '{service.Code}' must be at least 1 working day");
        }

        if (service.Terms.HardWorkingDays < service.Terms.PlannedWorkingDays)
        {
            problems.Add($"line {service.Line}: hard_days of '{service.Code}' ({service.Terms.HardWorkingDays}) is shorter than its planned_days ({service.Terms.PlannedWorkingDays})");
        }

        if (service.Responsible is { } login && !staffLogins.Contains(login))
        {
            problems.Add($"line {service.Line}: responsible '{login}' is not a staff login");
        }
    }

    /// <summary>True when the code is well-formed and new; otherwise records why not.</summary>
    private static bool Code(string code, int line, string what, HashSet<string> seen, List<string> problems)
    {
        if (!CodeShape().IsMatch(code))
        {
            problems.Add($"line {line}: {what} code '{code}' must be 1–40 characters of a–z, 0–9, '-' and '_'");
            return false;
        }

        if (!seen.Add(code))
        {
            problems.Add($"line {line}: {what} code '{code}' is used twice");
            return false;
        }

        return true;
    }

    private static bool WaitsForItself(ServiceTemplate start, Dictionary<string, ServiceTemplate> services)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Code };
        for (var next = start.WaitsFor; next is not null && services.TryGetValue(next, out var service); next = service.WaitsFor)
        {
            if (!seen.Add(next))
            {
                return next == start.Code;
            }
        }

        return false;
    }

    [GeneratedRegex("^[a-z0-9_-]{1,40}$")]
    private static partial Regex CodeShape();
}
