using System.Globalization;
using Bot.Core.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bot.Host.Catalog;

/// <summary>Writes a catalog in the format <see cref="CatalogYamlReader"/> reads, so that an export
/// imported again changes nothing.</summary>
internal static class CatalogYamlWriter
{
    public static string Write(CatalogFile catalog)
    {
        var root = new YamlMappingNode
        {
            { "categories", new YamlSequenceNode(catalog.Categories.Select(Category)) },
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine("# The service catalog: categories by department, services with their регламент in working days.");
        new YamlStream(new YamlDocument(root)).Save(text, assignAnchors: false);
        return text.ToString();
    }

    private static YamlMappingNode Category(CatalogCategory category) => new()
    {
        { "code", category.Code },
        { "title", category.Title },
        { "department", category.DepartmentCode },
        { "services", new YamlSequenceNode(category.Services.Select(Service)) },
    };

    private static YamlMappingNode Service(ServiceTemplate service)
    {
        var node = new YamlMappingNode
        {
            { "code", service.Code },
            { "title", service.Title },
            { "description", new YamlScalarNode(service.Description) { Style = service.Description.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal : ScalarStyle.Any } },
            { "planned_days", service.Terms.PlannedWorkingDays.ToString(CultureInfo.InvariantCulture) },
            { "hard_days", service.Terms.HardWorkingDays.ToString(CultureInfo.InvariantCulture) },
            { "file_required", service.FileRequired ? "true" : "false" },
        };
        Optional(node, "waits_for", service.WaitsFor);
        Optional(node, "responsible", service.Responsible);
        if (service.Checklist.Count > 0)
        {
            node.Add("checklist", new YamlSequenceNode(service.Checklist.Select(item => new YamlScalarNode(item))));
        }

        if (service.Regulations.Count > 0)
        {
            node.Add("regulations", new YamlSequenceNode(service.Regulations.Select(link => new YamlScalarNode(link))));
        }

        return node;
    }

    private static void Optional(YamlMappingNode node, string key, string? value)
    {
        if (value is not null)
        {
            node.Add(key, value);
        }
    }
}
