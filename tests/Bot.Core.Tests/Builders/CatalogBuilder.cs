using Bot.Core.Catalog;
using Bot.Core.Deadlines;

namespace Bot.Core.Tests.Builders;

/// <summary>Small catalogs for the validation tests; each entry's line is its position in the list.</summary>
internal static class CatalogBuilder
{
    public static ServiceTemplate Service(string code, int planned = 1, int hard = 3, string? waitsFor = null, string? responsible = null, int line = 0) =>
        new(code, $"Услуга {code}", "", new ServiceTerms(planned, hard), FileRequired: false, waitsFor, [], [], responsible, line);

    public static CatalogFile OneCategory(string department, params ServiceTemplate[] services) =>
        new([new CatalogCategory("hr", "Кадры", department, services, Line: 1)]);
}
