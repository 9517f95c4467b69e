using System.Text.Json;
using PlanLint.Configuration;
using PlanLint.Model;
using PlanLint.Readers.Yaml;
using PlanLint.Text;

namespace PlanLint.Linting.Packs;

/// <summary>
/// A YAML rule file as the JSON it stands for, with where each value was written, so one schema and one set of
/// messages serve both formats. It is read by the plan reader's converter (<see cref="YamlDocuments"/>), with its
/// limits, and with plain scalars typed by the YAML 1.2 core schema (a rule has numbers and booleans).
/// </summary>
internal static class RuleFileYaml
{
    /// <exception cref="ConfigurationException">The file is not YAML, is empty, gives a key twice or breaks a limit.</exception>
    public static (JsonElement Root, Func<string, SourceLocation> Locate) Parse(string path, string text)
    {
        YamlJsonDocument yaml;
        try
        {
            yaml = YamlDocuments.ReadAsJson(text, "rule", "id");
        }
        catch (YamlReadException e)
        {
            throw new ConfigurationException(e.Message, new SourceLocation(path, e.Line, e.Column), e);
        }

        if (yaml.IsEmpty)
            throw new ConfigurationException("The rule file is empty.", new SourceLocation(path, 1, 1));
        if (yaml.FirstDuplicate is { } duplicate)
            throw new ConfigurationException($"\"{Excerpt.Of(duplicate.Key)}\" is given twice.", new SourceLocation(path, duplicate.Line, duplicate.Column));

        using var document = JsonDocument.Parse(yaml.Root?.ToJsonString() ?? "null");
        var positions = yaml.Positions;
        return (document.RootElement.Clone(), pointer => positions.TryGetValue(pointer, out var p)
            ? new SourceLocation(path, p.Line, p.Column) { Pointer = pointer }
            : new SourceLocation(path, 1, 1) { Pointer = pointer });
    }
}
