using System.Globalization;
using Bot.Core.Catalog;
using Bot.Core.Deadlines;
using Bot.Core.FileImport;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bot.Host.Catalog;

/// <summary>Reads the catalog's YAML format (see catalog/README.md). Every problem of the whole file is
/// collected with its line before anything is reported, so an administrator fixes them in one go.</summary>
internal sealed class CatalogYamlReader
{
    private static readonly string[] CategoryKeys = ["code", "title", "department", "services"];
    private static readonly string[] ServiceKeys = ["code", "title", "description", "planned_days", "hard_days", "file_required", "waits_for", "checklist", "regulations", "responsible"];
    /// <summary>A firm's catalog is tens of kilobytes; the file is refused beyond this.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The format nests five levels; YamlDotNet's loader recurses, so a hostile file nested thousands
    /// deep would end the process with a stack overflow instead of an error.</summary>
    private const int MaxDepth = 32;

    private readonly List<string> problems = [];

    /// <summary>The catalog as far as it could be read, and the problems found on the way; malformed YAML,
    /// which cannot be read at all, throws <see cref="InvalidFileException"/>.</summary>
    public static (CatalogFile Catalog, IReadOnlyList<string> Problems) Read(string text)
    {
        var stream = new YamlStream();
        try
        {
            CheckDepth(text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException malformed)
        {
            throw new InvalidFileException([$"line {malformed.Start.Line}: not valid YAML ({malformed.Message})"]);
        }

        var reader = new CatalogYamlReader();
        var catalog = reader.ReadRoot(stream.Documents.FirstOrDefault()?.RootNode);
        return (catalog, reader.problems);
    }

    /// <summary>Walks the parser's events (iterative, unlike the loader) and refuses nesting beyond <see cref="MaxDepth"/>.</summary>
    private static void CheckDepth(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart when ++depth > MaxDepth:
                    throw new InvalidFileException([$"line {parser.Current.Start.Line}: nested more than {MaxDepth} levels deep; a catalog needs five"]);
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    private CatalogFile ReadRoot(YamlNode? root)
    {
        if (root is null || Fields(root, "the file", ["categories"]).GetValueOrDefault("categories") is not YamlSequenceNode categories)
        {
            problems.Add($"line {(root is null ? 1 : Line(root))}: the file must start with 'categories:', a list of categories");
            return new CatalogFile([]);
        }

        return new CatalogFile([.. categories.Children.Select((node, index) => ReadCategory(node, index))]);
    }

    private CatalogCategory ReadCategory(YamlNode node, int index)
    {
        var fields = Fields(node, $"category {index + 1}", CategoryKeys);
        var services = fields.GetValueOrDefault("services") as YamlSequenceNode;
        if (services is null)
        {
            problems.Add($"line {Line(node)}: category {index + 1} needs 'services:', a list of services");
        }

        return new CatalogCategory(
            Text(fields, "code", node, required: true)!,
            Text(fields, "title", node, required: true)!,
            Text(fields, "department", node, required: true)!,
            [.. (services?.Children ?? []).Select(child => ReadService(child))],
            Line(node));
    }

    private ServiceTemplate ReadService(YamlNode node)
    {
        var fields = Fields(node, "a service", ServiceKeys);
        return new ServiceTemplate(
            Text(fields, "code", node, required: true)!,
            Text(fields, "title", node, required: true)!,
            Text(fields, "description", node, required: false) ?? "",
            new ServiceTerms(Number(fields, "planned_days", node), Number(fields, "hard_days", node)),
            Flag(fields, "file_required"),
            Text(fields, "waits_for", node, required: false),
            TextList(fields, "checklist"),
            TextList(fields, "regulations"),
            Text(fields, "responsible", node, required: false),
            Line(node));
    }

    private Dictionary<string, YamlNode> Fields(YamlNode node, string what, string[] allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add($"line {Line(node)}: {what} must be a mapping of keys and values");
            return [];
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                problems.Add($"line {Line(key)}: unknown key '{name}' (expected one of: {string.Join(", ", allowed)})");
            }
            else if (!fields.TryAdd(name, value))
            {
                problems.Add($"line {Line(key)}: '{name}' is given twice");
            }
        }

        return fields;
    }

    private string? Text(Dictionary<string, YamlNode> fields, string key, YamlNode owner, bool required)
    {
        switch (fields.GetValueOrDefault(key))
        {
            case YamlScalarNode { Value: { Length: > 0 } value } scalar when !IsNull(scalar):
                return value.Trim();
            case null or YamlScalarNode when !required:
                return null;
            case YamlScalarNode or null:
                problems.Add($"line {Line(owner)}: '{key}' is required");
                return "";
            case var other:
                problems.Add($"line {Line(other)}: '{key}' must be a single value");
                return "";
        }
    }

    private int Number(Dictionary<string, YamlNode> fields, string key, YamlNode owner)
    {
        var node = fields.GetValueOrDefault(key);
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        problems.Add($"line {Line(node ?? owner)}: '{key}' must be a whole number of working days, at least 1");
        return 1;
    }

    private bool Flag(Dictionary<string, YamlNode> fields, string key)
    {
        var node = fields.GetValueOrDefault(key);
        switch ((node as YamlScalarNode)?.Value)
        {
            case null when node is null:
            case "false" or "no":
                return false;
            case "true" or "yes":
                return true;
            default:
                problems.Add($"line {Line(node!)}: '{key}' must be true or false");
                return false;
        }
    }

    private List<string> TextList(Dictionary<string, YamlNode> fields, string key)
    {
        switch (fields.GetValueOrDefault(key))
        {
            case null:
                return [];
            case YamlSequenceNode items when items.Children.All(item => item is YamlScalarNode):
                return [.. items.Children.Cast<YamlScalarNode>().Select(item => item.Value?.Trim() ?? "").Where(item => item.Length > 0)];
            case var other:
                problems.Add($"line {Line(other)}: '{key}' must be a list of texts");
                return [];
        }
    }

    private static bool IsNull(YamlScalarNode scalar) => scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null";

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
