using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Json;
using PlanLint.Model;

namespace PlanLint.Linting.Packs;

/// <summary>
/// Loads a declarative rule pack: a folder of rule files (YAML or JSON, one rule each) checked against
/// schema/rule-pack.schema.json. Each file becomes one of the four mechanisms (existence, substitution,
/// occurrence, required). Anything wrong stops the run with a located message.
/// </summary>
public static class DeclarativePack
{
    public static readonly IReadOnlyList<string> Extensions = [".yml", ".yaml", ".json"];

    private static readonly Lazy<SchemaCheck> Schema = new(() => new SchemaCheck(Schemas.RulePack.Text, "rule pack schema"));

    /// <exception cref="ConfigurationException">The folder holds no rule files, or a rule file is broken.</exception>
    public static IReadOnlyList<DeclarativeRule> Load(string folder, SourceLocation declaredAt)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new ConfigurationException($"Rule pack '{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}' holds no rule files ({string.Join(", ", Extensions.Select(e => "*" + e))}).", declaredAt);

        var rules = new List<DeclarativeRule>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var rule = LoadRule(file);
            if (seen.TryGetValue(rule.Descriptor.Id, out var other))
                throw new ConfigurationException($"Rule id {rule.Descriptor.Id} is already used by {Path.GetFileName(other)}; each rule needs its own id.", new SourceLocation(file, 1, 1));
            seen[rule.Descriptor.Id] = file;
            rules.Add(rule);
        }

        return rules;
    }

    /// <exception cref="ConfigurationException">The file cannot be read, does not match the schema, or a pattern cannot run safely.</exception>
    public static DeclarativeRule LoadRule(string path)
    {
        var (root, locate) = Parse(path, ConfigurationFiles.Read(path, "rule file"));
        if (root.ValueKind != JsonValueKind.Object)
            throw new ConfigurationException("A rule file must hold one rule: an object with \"id\", \"name\", \"kind\", \"message\" and so on.", locate(""));
        var violation = Schema.Value.Check(root, Describe, PatternHint)
            .Select(v => (Location: locate(v.Pointer), v.Message))
            .OrderBy(v => v.Location.Line).ThenBy(v => v.Location.Column)
            .FirstOrDefault();
        if (violation.Message is not null)
            throw new ConfigurationException(violation.Message, violation.Location);
        return Build(root, locate);
    }

    private static (JsonElement Root, Func<string, SourceLocation> Locate) Parse(string path, ReadOnlyMemory<byte> bytes)
    {
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            var source = ConfigurationFiles.ParseJson(path, bytes);
            return (source.Root, source.Locate);
        }

        var utf8 = Text.Utf8Bom.Skip(bytes.Span);
        int invalid = Text.Utf8Check.FirstInvalid(utf8);
        if (invalid >= 0)
        {
            var (line, column) = new Text.TextPositions(utf8.ToArray()).At(invalid);
            throw new ConfigurationException(Text.Utf8Check.Describe(utf8, invalid, line, column), new SourceLocation(path, line, column));
        }

        string text = Encoding.UTF8.GetString(utf8);
        return RuleFileYaml.Parse(path, text);
    }

    private static string Describe(string pointer) => pointer.Length == 0 ? "the rule" : SchemaCheck.DescribeAsPath(pointer);

    private static string? PatternHint(string property) => property switch
    {
        "id" => "a rule id is the pack's prefix and four digits, e.g. \"HOUSE0001\"",
        "name" => "give a PascalCase name, e.g. \"AvoidJargon\"",
        _ => null,
    };

    private static DeclarativeRule Build(JsonElement root, Func<string, SourceLocation> locate)
    {
        string id = root.GetProperty("id").GetString()!;
        if (id.StartsWith("PL", StringComparison.Ordinal))
            throw new ConfigurationException($"Rule id \"{Text.Excerpt.Of(id)}\" starts with PL, which is reserved for PlanLint's built-in rules; use your pack's own prefix, e.g. \"HOUSE0001\".", locate("/id"));
        string helpUri = root.GetProperty("helpUri").GetString()!;
        if (!RuleDescriptor.IsSafeHelpUri(helpUri))
            throw new ConfigurationException($"\"helpUri\" is \"{Text.TerminalSafe.Escape(Text.Excerpt.Of(helpUri))}\"; give the full http or https address of the rule's documentation, e.g. \"https://example.org/rules/{id}\".", locate("/helpUri"));

        string kind = root.GetProperty("kind").GetString()!;
        string message = root.GetProperty("message").GetString()!;
        _ = SeverityNames.TryParse(root.GetProperty("severity").GetString(), out var severity);
        _ = RuleCategoryNames.TryParse(root.GetProperty("category").GetString(), out var category);
        var descriptor = new RuleDescriptor(
            id,
            String(root, "title") ?? message,
            "{0}",
            category,
            severity,
            EnabledByDefault: !root.TryGetProperty("enabled", out var enabled) || enabled.GetBoolean(),
            Description: String(root, "description"),
            Name: root.GetProperty("name").GetString(),
            HelpUri: helpUri);

        var scope = root.GetProperty("scope");
        IReadOnlyList<PackField> fields = scope.ValueKind == JsonValueKind.String
            ? [ParseField(scope.GetString()!)]
            : [.. scope.EnumerateArray().Select(f => ParseField(f.GetString()!))];

        bool ignoreCase = !root.TryGetProperty("ignoreCase", out var ic) || ic.GetBoolean();
        var phrases = Strings(root, "phrases");
        var patterns = Strings(root, "patterns").Select((p, i) => CompilePattern(p, ignoreCase, locate(JsonPointers.Append("/patterns", i)))).ToList();
        var textPatterns = new TextPatterns(phrases, patterns);

        bool Has(string property) => root.TryGetProperty(property, out _);
        void Forbid(string property, string why)
        {
            if (Has(property))
                throw new ConfigurationException($"\"{property}\" does nothing in {Article(kind)} {kind} rule; {why}.", locate("/" + property));
        }

        DeclarativeRuleDefinition Definition(IReadOnlyList<string> placeholders)
        {
            var template = MessageTemplate.Parse(message, placeholders, out var unknown);
            if (unknown is not null)
            {
                string allowed = string.Join(", ", MessageTemplate.Common.Concat(placeholders).Select(p => "{" + p + "}"));
                throw new ConfigurationException($"The message uses {{{unknown}}}, which {Article(kind)} {kind} rule does not fill; use {allowed}.", locate("/message"));
            }

            return new DeclarativeRuleDefinition(descriptor, fields, template);
        }

        void RequirePatterns()
        {
            if (textPatterns.IsEmpty)
                throw new ConfigurationException($"{Capitalised(Article(kind))} {kind} rule needs \"phrases\" or \"patterns\" to look for.", locate(""));
        }

        if (kind != "substitution") Forbid("swap", "it belongs to substitution rules");
        if (kind != "occurrence")
        {
            Forbid("min", "it belongs to occurrence rules");
            Forbid("max", "it belongs to occurrence rules");
        }

        switch (kind)
        {
            case "existence":
                RequirePatterns();
                return new ExistenceRule(Definition(ExistenceRule.Placeholders), textPatterns);
            case "required":
                RequirePatterns();
                return new RequiredRule(Definition(RequiredRule.Placeholders), textPatterns);
            case "substitution":
                Forbid("phrases", "put the phrases to replace in \"swap\"");
                Forbid("patterns", "put the phrases to replace in \"swap\"");
                if (!root.TryGetProperty("swap", out var swap))
                    throw new ConfigurationException("A substitution rule needs \"swap\": each phrase to flag with the wording to use instead.", locate(""));
                return new SubstitutionRule(Definition(SubstitutionRule.Placeholders), swap.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));
            default:
                int? min = Int(root, "min");
                int? max = Int(root, "max");
                if (min is null && max is null)
                    throw new ConfigurationException("An occurrence rule needs \"min\", \"max\" or both.", locate(""));
                if (min > max)
                    throw new ConfigurationException($"\"min\" ({min}) is more than \"max\" ({max}), so every field would be flagged.", locate("/min"));
                return new OccurrenceRule(Definition(OccurrenceRule.Placeholders), textPatterns, min, max);
        }
    }

    private static Regex CompilePattern(string pattern, bool ignoreCase, SourceLocation location)
    {
        try
        {
            return TextPatterns.Compile(pattern, ignoreCase);
        }
        catch (NotSupportedException e)
        {
            throw new ConfigurationException(
                $"Pattern \"{Text.Excerpt.Of(pattern)}\" needs backtracking (a lookaround, backreference, atomic group or conditional), which PlanLint does not run because it can take exponential time; rewrite it without.",
                location, e);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"Pattern \"{Text.Excerpt.Of(pattern)}\" is not a valid regular expression: {e.Message}", location, e);
        }
    }

    private static PackField ParseField(string name) => name switch
    {
        "action" => PackField.Action,
        "owner" => PackField.Owner,
        "targetDate" => PackField.TargetDate,
        "concern" => PackField.Concern,
        _ => PackField.Reason,
    };

    private static string Article(string kind) => kind is "existence" or "occurrence" ? "an" : "a";

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string? String(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.TryGetInt32(out int number) ? number : null;

    private static List<string> Strings(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];
}
