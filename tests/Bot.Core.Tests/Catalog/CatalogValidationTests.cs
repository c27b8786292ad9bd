using Bot.Core.Catalog;
using static Bot.Core.Tests.Builders.CatalogBuilder;

namespace Bot.Core.Tests.Catalog;

public sealed class CatalogValidationTests
{
    private static readonly HashSet<string> Departments = ["hr", "accounting"];
    private static readonly HashSet<string> Staff = ["ivanova"];

    public static TheoryData<string, CatalogFile, string> Problems => new()
    {
        { "unknown department", OneCategory("payroll", Service("hiring", line: 3)), "line 1: department 'payroll' does not exist" },
        { "code used twice", OneCategory("hr", Service("hiring", line: 3), Service("hiring", line: 9)), "line 9: service code 'hiring' is used twice" },
        { "bad code", OneCategory("hr", Service("Приём", line: 3)), "line 3: service code 'Приём' must be" },
        { "hard before planned", OneCategory("hr", Service("usn", planned: 5, hard: 3, line: 4)), "line 4: hard_days of 'usn' (3) is shorter than its planned_days (5)" },
        { "waits for nothing", OneCategory("hr", Service("order", waitsFor: "application", line: 5)), "line 5: waits_for 'application' is not a service of this catalog" },
        { "a chain in a circle", OneCategory("hr", Service("a", waitsFor: "b", line: 3), Service("b", waitsFor: "a", line: 6)), "line 3: the chain of waits_for from 'a' comes back to it" },
        { "unknown staff", OneCategory("hr", Service("hiring", responsible: "petrov", line: 7)), "line 7: responsible 'petrov' is not a staff login" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Each_problem_is_reported_with_its_line(string why, CatalogFile catalog, string expected)
    {
        var problems = CatalogValidation.Check(catalog, Departments, Staff);

        Assert.True(problems.Any(problem => problem.StartsWith(expected, StringComparison.Ordinal)), $"{why}: {string.Join(" | ", problems)}");
    }

    [Fact]
    public void A_sound_catalog_with_a_chain_has_no_problems()
    {
        var catalog = OneCategory("hr", Service("application"), Service("order", waitsFor: "application", responsible: "ivanova"));

        Assert.Empty(CatalogValidation.Check(catalog, Departments, Staff));
    }

    [Fact]
    public void Problems_come_in_line_order()
    {
        var catalog = OneCategory("hr", Service("b", planned: 2, hard: 1, line: 12), Service("a", responsible: "nobody", line: 9));

        Assert.Equal([9, 12], CatalogValidation.Check(catalog, Departments, Staff).Select(Bot.Core.FileImport.ProblemLine.Of));
    }
}
