using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Configuration;
using PlanLint.Model;
using PlanLint.Readers.Yaml;
using PlanLint.Text;

namespace PlanLint.Linting.Packs;

/// <summary>
/// A YAML rule file as the JSON it stands for, with where each value was written, so one schema and one set of
/// messages serve both formats. It is read by the plan reader's converter (<see cref="YamlTreeBuilder"/>), with its
/// limits, and with plain scalars typed by the YAML 1.2 core schema (a rule has numbers and booleans).
/// </summary>
internal static class RuleFileYaml
{
    private static readonly YamlDocumentKind RuleFile = new("rule", "id", YamlScalars.CoreSchema);

    /// <exception cref="ConfigurationException">The file is not YAML, is empty, gives a key twice or breaks a limit.</exception>
    public static (JsonElement Root, Func<string, SourceLocation> Locate) Parse(string path, string text)
    {
        JsonNode? root;
        bool empty;
        YamlTreeBuilder tree;
        try
        {
            (root, empty, tree) = YamlTreeBuilder.Build(text, RuleFile);
        }
        catch (YamlDocumentException e)
        {
            throw new ConfigurationException(e.Message, new SourceLocation(path, e.Line, e.Column), e);
        }

        if (empty)
            throw new ConfigurationException("The rule file is empty.", new SourceLocation(path, 1, 1));
        if (tree.Duplicates.MinBy(d => d.At.Index) is { } duplicate)
            throw new ConfigurationException($"\"{Excerpt.Of(duplicate.Key)}\" is given twice.", new SourceLocation(path, (int)duplicate.At.Line, (int)duplicate.At.Column));

        using var document = JsonDocument.Parse(root?.ToJsonString() ?? "null");
        var positions = tree.Positions;
        return (document.RootElement.Clone(), pointer => positions.TryGetValue(pointer, out var p)
            ? new SourceLocation(path, (int)p.Start.Line, (int)p.Start.Column) { Pointer = pointer }
            : new SourceLocation(path, 1, 1) { Pointer = pointer });
    }
}
