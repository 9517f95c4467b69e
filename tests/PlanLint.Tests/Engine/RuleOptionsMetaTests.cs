using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Engine;

/// <summary>
/// A rule's options are declared once, on its descriptor; the Options section of its page and the rule entries of
/// schema/planlint-config.schema.json are generated from that declaration. Run the tests with PLANLINT_UPDATE_DOCS=1 to
/// rewrite them after changing a declaration.
/// </summary>
public sealed class RuleOptionsMetaTests
{
    public const string OptionsHeading = "## Options";
    public const string GeneratedNote = "<!-- Generated from the rule's declared options by RuleOptionsMetaTests; run the tests with PLANLINT_UPDATE_DOCS=1 to refresh it. -->";

    private static readonly bool Update = Environment.GetEnvironmentVariable("PLANLINT_UPDATE_DOCS") == "1";

    private static IReadOnlyList<RuleDescriptor> Descriptors => PlanLinter.CreateDefault().Engine.Descriptors;

    public static TheoryData<string> RuleIdsData()
    {
        var data = new TheoryData<string>();
        foreach (var d in Descriptors) data.Add(d.Id);
        return data;
    }

    [Fact]
    public void The_rules_the_issue_named_declare_their_options()
    {
        var declared = Descriptors.Where(d => d.Options.Count > 0).ToDictionary(d => d.Id, d => d.Options.Select(o => o.Name).ToList());
        declared["PL2007"].ShouldBe(["horizonMonths"]);
        declared["PL3001"].ShouldBe(["similarity", "minimumWords"]);
        declared["PL3003"].ShouldBe(["minimumCommitments"]);
        declared["PL6001"].ShouldBe(["similarity", "minimumWords"]);
        declared["PL6002"].ShouldBe(["similarity", "minimumWords"]);
        declared["PL6003"].ShouldBe(["minimumWords", "minimumSharedElsewhere", "minimumShareElsewhere"]);
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Declared_options_are_complete_and_their_defaults_pass_their_own_schema(string id)
    {
        var d = Descriptors.Single(x => x.Id == id);
        // A static option declared after the descriptor that lists it is still null when the list is built.
        d.Options.ShouldAllBe(o => o != null, $"{id} lists an option that is declared after its descriptor");
        if (d.Options.Count == 0)
        {
            d.OptionsSchema.ShouldBeNull();
            return;
        }

        var schema = global::Json.Schema.JsonSchema.FromText(d.OptionsSchema!, new global::Json.Schema.BuildOptions { SchemaRegistry = new global::Json.Schema.SchemaRegistry() });
        var defaults = new JsonObject();
        foreach (var option in d.Options)
        {
            option.Name.ShouldMatch("^[a-z][A-Za-z0-9]*$");
            option.Description.ShouldEndWith(".");
            defaults[option.Name] = JsonNode.Parse(option.DefaultJson);
        }

        using var document = JsonDocument.Parse(defaults.ToJsonString());
        schema.Evaluate(document.RootElement).IsValid.ShouldBeTrue($"{id}'s defaults do not pass its options schema");
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void The_options_section_of_each_page_is_generated_from_the_declaration(string id)
    {
        var d = Descriptors.Single(x => x.Id == id);
        string path = Repo.Path("rules", id + ".md");
        string page = File.ReadAllText(path).ReplaceLineEndings("\n");
        string expected = WithOptionsSection(page, d);

        if (Update && expected != page)
            File.WriteAllText(path, expected);

        page.ShouldBe(expected, $"The Options section of rules/{id}.md does not match {id}'s declared options; run the tests with PLANLINT_UPDATE_DOCS=1");
        string row = page.Split('\n').Single(l => l.StartsWith("| Options |", StringComparison.Ordinal));
        if (d.Options.Count == 0)
            row.ShouldStartWith("| Options | none", customMessage: $"rules/{id}.md names options that {id} does not declare");
        else
            row.ShouldStartWith("| Options | see [Options](#options) below.", customMessage: $"rules/{id}.md describes its options in its table; they belong in the generated {OptionsHeading} section");
    }

    [Fact]
    public void The_configuration_schema_carries_every_declared_option()
    {
        string path = Repo.Path("schema", "planlint-config.schema.json");
        string actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        string expected = ConfigSchemaWithRuleOptions(actual, Descriptors);

        if (Update && expected != actual)
            File.WriteAllText(path, expected);

        actual.ShouldBe(expected, "schema/planlint-config.schema.json does not carry the rules' declared options; run the tests with PLANLINT_UPDATE_DOCS=1");
    }

    /// <summary>The page with its Options section (before "How to fix", else "How to suppress") made to match the declaration, or removed when there are no options.</summary>
    public static string WithOptionsSection(string page, RuleDescriptor descriptor)
    {
        int start = page.IndexOf("\n" + OptionsHeading + "\n", StringComparison.Ordinal);
        if (start >= 0)
        {
            int end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            page = page[..(start + 1)] + (end < 0 ? "" : page[(end + 1)..]);
        }

        if (descriptor.Options.Count == 0)
            return page;

        int at = page.IndexOf("\n## How to fix\n", StringComparison.Ordinal);
        if (at < 0) at = page.IndexOf("\n## How to suppress\n", StringComparison.Ordinal);
        if (at < 0) at = page.Length - 1;
        return page[..(at + 1)] + OptionsSection(descriptor) + page[(at + 1)..];
    }

    public static string OptionsSection(RuleDescriptor descriptor)
    {
        var sb = new StringBuilder();
        sb.Append(OptionsHeading).Append('\n').Append(GeneratedNote).Append('\n');
        sb.Append($"Set in `planlint.json` under `\"rules\"`; the values below are the defaults:\n\n");
        var options = new JsonObject();
        foreach (var option in descriptor.Options) options[option.Name] = JsonNode.Parse(option.DefaultJson);
        var example = new JsonObject { ["rules"] = new JsonObject { [descriptor.Id] = new JsonObject { ["options"] = options } } };
        sb.Append("```json planlint.json\n").Append(OneLine(example)).Append("\n```\n\n");
        sb.Append("| Option | Type | Default | Allowed | What it does |\n|---|---|---|---|---|\n");
        foreach (var option in descriptor.Options)
            sb.Append($"| `{option.Name}` | {option.TypeName} | `{option.DefaultJson}` | {option.Allowed ?? "any"} | {option.Description} |\n");
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>The schema with one entry per rule that has options (under <c>$defs</c>, referenced from <c>rules</c>), replacing any earlier ones.</summary>
    public static string ConfigSchemaWithRuleOptions(string schemaText, IReadOnlyList<RuleDescriptor> descriptors)
    {
        var schema = JsonNode.Parse(schemaText)!.AsObject();
        var defs = schema["$defs"]!.AsObject();
        foreach (var key in defs.Select(p => p.Key).Where(k => k.StartsWith("rule.", StringComparison.Ordinal)).ToList())
            defs.Remove(key);

        var rules = defs["rules"]!.AsObject();
        rules.Remove("properties");
        var properties = new JsonObject();
        foreach (var d in descriptors.Where(d => d.Options.Count > 0))
        {
            string name = "rule." + d.Id;
            properties[d.Id] = new JsonObject { ["$ref"] = $"#/$defs/{name}" };
            var options = RuleOptionSchemas.For(d.Options, withDialect: false);
            options["title"] = $"Options of {d.Id}";
            options["description"] = $"The options of {d.Id} {d.Name}; see its page, {d.HelpUri}.";
            defs[name] = new JsonObject
            {
                ["title"] = $"{d.Id} {d.Name}",
                ["description"] = $"{d.Title}. A severity, or an object with \"severity\" and/or \"options\".",
                ["oneOf"] = new JsonArray(
                    new JsonObject { ["$ref"] = "#/$defs/severity" },
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["severity"] = new JsonObject { ["$ref"] = "#/$defs/severity" },
                            ["options"] = options,
                        },
                    }),
            };
        }

        // Before "additionalProperties", so the rules with options come first when the schema is read.
        var rest = rules.Where(p => p.Key != "title" && p.Key != "description" && p.Key != "type").Select(p => (p.Key, Value: p.Value?.DeepClone())).ToList();
        foreach (var (key, _) in rest) rules.Remove(key);
        rules["properties"] = properties;
        foreach (var (key, value) in rest) rules[key] = value;

        return Indented(schema) + "\n";
    }

    private static string OneLine(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace("{", "{ ", StringComparison.Ordinal).Replace("}", " }", StringComparison.Ordinal)
            .Replace(":", ": ", StringComparison.Ordinal).Replace(",", ", ", StringComparison.Ordinal);

    private static string Indented(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n");
}
