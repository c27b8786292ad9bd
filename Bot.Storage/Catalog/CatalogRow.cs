using Bot.Core.Catalog;
using Bot.Core.Deadlines;

namespace Bot.Storage.Catalog;

/// <summary>A row of the catalog query: a category and one of its services (none for an empty category).</summary>
internal sealed class CatalogRow
{
    public string CategoryCode { get; init; } = "";

    public string CategoryTitle { get; init; } = "";

    public string DepartmentCode { get; init; } = "";

    public string? Code { get; init; }

    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    public int PlannedDays { get; init; }

    public int HardDays { get; init; }

    public bool FileRequired { get; init; }

    public string? WaitsFor { get; init; }

    public string? Responsible { get; init; }

    public string[] Checklist { get; init; } = [];

    public string[] RegulationLinks { get; init; } = [];

    public ServiceTemplate ToTemplate() =>
        new(Code!, Title, Description, new ServiceTerms(PlannedDays, HardDays), FileRequired, WaitsFor, Checklist, RegulationLinks, Responsible);
}
