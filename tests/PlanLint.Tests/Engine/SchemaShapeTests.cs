using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PlanLint.Json;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Engine;

/// <summary>
/// The quick shape check stands in for JsonSchema.Net only when it accepts, so it must never accept what the full
/// evaluator rejects: checked over the fixtures and rules/data files and many deterministic breakages of them.
/// </summary>
public sealed class SchemaShapeTests
{
    private static readonly JsonNode[] Replacements =
        [JsonValue.Create("x"), JsonValue.Create(""), JsonValue.Create(1), JsonValue.Create(1.5), JsonValue.Create(-3), JsonValue.Create(true),
         JsonValue.Create("2025-13-01"), JsonValue.Create("PL2002"), JsonValue.Create("Partly Agreed"), JsonValue.Create("error"), new JsonObject(), new JsonArray()];

    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Repo.Path("schema"), "*.schema.json").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Accepts_only_documents_the_full_evaluator_accepts(string schemaFile)
    {
        string text = File.ReadAllText(Repo.Path("schema", schemaFile));
        using var schema = JsonDocument.Parse(text);
        var shape = new SchemaShape(schema.RootElement);
        var full = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        int accepted = 0, rejected = 0;
        foreach (var document in Documents().SelectMany(Breakages))
        {
            using var parsed = JsonDocument.Parse(document.ToJsonString());
            if (!shape.Accepts(parsed.RootElement)) { rejected++; continue; }
            accepted++;
            full.Evaluate(parsed.RootElement).IsValid.ShouldBeTrue($"{schemaFile} shape check accepted {Shorten(document.ToJsonString())}");
        }

        rejected.ShouldBeGreaterThan(0);
        if (schemaFile is "action-plan.schema.json" or "phrase-list.schema.json" or "planlint-suppressions.schema.json" or "planlint-baseline.schema.json")
            accepted.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("examples/long-lartin-2025.plan.json")]
    [InlineData("tests/PlanLint.Tests/Fixtures/corpus/long-lartin-2025.plan.json")]
    [InlineData("tests/PlanLint.Tests/Fixtures/corpus/elmley-2022.plan.json")]
    public void Accepts_valid_plans_so_the_full_evaluator_is_not_built(string plan)
    {
        var shape = new SchemaShape(JsonNode.Parse(File.ReadAllText(Repo.Path("schema", "action-plan.schema.json")))!); // the JsonNode overload too
        using var parsed = JsonDocument.Parse(File.ReadAllBytes(Repo.Path(plan.Split('/'))));
        shape.Accepts(parsed.RootElement).ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{ "name": "a", "children": [{ "name": "b", "children": [{ "name": "c" }] }] }""", true)]
    [InlineData("""{ "name": "a", "children": [{ "name": "b", "children": [{ "name": 3 }] }] }""", false)]
    [InlineData("""{ "name": "a", "children": [{ "children": [] }] }""", false)]
    public void Follows_a_recursive_reference_to_any_depth(string document, bool accepted)
    {
        const string tree = """
            { "$ref": "#/$defs/node", "$defs": { "node": { "type": "object", "required": ["name"],
              "properties": { "name": { "type": "string" }, "children": { "type": "array", "items": { "$ref": "#/$defs/node" } } } } } }
            """;
        using var schema = JsonDocument.Parse(tree);
        using var parsed = JsonDocument.Parse(document);
        new SchemaShape(schema.RootElement).Accepts(parsed.RootElement).ShouldBe(accepted);
    }

    [Theory]
    [InlineData("""{ "rule": "PL1001" }""", true)]
    [InlineData("""{ "rule": "PL1001", "recommendation": "7", "action": 3 }""", true)]
    [InlineData("""{ "rule": "PL1001", "action": 3 }""", false)]
    [InlineData("""{ "rule": "PL1001", "textFingerprint": "0123456789abcdef" }""", false)]
    public void Checks_dependent_required_properties(string document, bool accepted) =>
        ShapeAgreesWithEvaluator("""
            { "type": "object", "required": ["rule"],
              "dependentRequired": { "action": ["recommendation"], "textFingerprint": ["recommendation"] } }
            """, document, accepted);

    [Theory]
    [InlineData("\"https://example.org/rules/HOUSE0001\"", true)]
    [InlineData("3", true)]
    [InlineData("\"example.org/rules\"", false)]
    [InlineData("\"not a uri\"", false)]
    public void Accepts_only_absolute_uris_for_the_uri_format(string document, bool accepted) =>
        // The evaluator treats "format" as an annotation and accepts every string; the shape is stricter, which only
        // sends a document to the evaluator.
        ShapeAgreesWithEvaluator("""{ "format": "uri" }""", document, accepted);

    private static void ShapeAgreesWithEvaluator(string schemaText, string document, bool accepted)
    {
        using var schema = JsonDocument.Parse(schemaText);
        using var parsed = JsonDocument.Parse(document);
        bool shapeAccepts = new SchemaShape(schema.RootElement).Accepts(parsed.RootElement);
        shapeAccepts.ShouldBe(accepted);
        if (shapeAccepts)
            JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() }).Evaluate(parsed.RootElement).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Leaves_a_schema_that_gives_a_keyword_twice_to_the_full_evaluator()
    {
        using var schema = JsonDocument.Parse("""{ "type": "string", "type": "number" }""");
        using var parsed = JsonDocument.Parse("3");
        new SchemaShape(schema.RootElement).Accepts(parsed.RootElement).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_pattern_of_the_schemas_is_a_regular_expression_generated_at_build_time(string schemaFile)
    {
        var patterns = Patterns(JsonNode.Parse(File.ReadAllText(Repo.Path("schema", schemaFile)))).ToList();

        foreach (string pattern in patterns)
        {
            var generated = SchemaPatterns.Generated(pattern);
            generated.ShouldNotBeNull($"{schemaFile}: \"{pattern}\" is built at run time; add it to src/PlanLint.Core/Json/SchemaPatterns.cs");
            generated.ToString().ShouldBe(pattern);
        }
    }

    private static IEnumerable<string> Patterns(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "pattern" && p.Value is JsonValue v && v.TryGetValue(out string? text) ? [text] : Patterns(p.Value)),
        JsonArray a => a.SelectMany(Patterns),
        _ => [],
    };

    private static IEnumerable<JsonNode> Documents()
    {
        string fixtures = Repo.Path("tests", "PlanLint.Tests", "Fixtures");
        var files = Directory.GetFiles(fixtures, "*.plan.json", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(fixtures, "*.planlint-suppressions.json", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(fixtures, "*.baseline.json", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Repo.Path("rules", "data"), "*.json"))
            .Order(StringComparer.Ordinal);
        foreach (var f in files)
            yield return JsonNode.Parse(File.ReadAllText(f))!;
    }

    /// <summary>The document, then copies with one value replaced, one property removed or one unknown property added, at a sample of places.</summary>
    private static IEnumerable<JsonNode> Breakages(JsonNode document)
    {
        yield return document;
        var places = Nodes(document).ToList();
        int step = Math.Max(1, places.Count / 40);
        for (int i = 0; i < places.Count; i += step)
        {
            string path = places[i];
            foreach (var replacement in Replacements)
                yield return Changed(document, path, (parent, key) => Set(parent, key, replacement.DeepClone()));
            yield return Changed(document, path, (parent, key) => { if (parent is JsonObject o) o.Remove(key); else ((JsonArray)parent).RemoveAt(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)); });
            yield return Changed(document, path, (parent, key) => { if (Get(parent, key) is JsonObject o) o["unexpected"] = "x"; });
        }
    }

    private static IEnumerable<string> Nodes(JsonNode node, string path = "")
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o)
            {
                yield return path + "/" + key;
                if (value is not null) foreach (var p in Nodes(value, path + "/" + key)) yield return p;
            }
        }
        else if (node is JsonArray a)
        {
            for (int i = 0; i < a.Count; i++)
            {
                yield return path + "/" + i;
                if (a[i] is { } item) foreach (var p in Nodes(item, path + "/" + i)) yield return p;
            }
        }
    }

    private static JsonNode Changed(JsonNode document, string path, Action<JsonNode, string> change)
    {
        var copy = document.DeepClone();
        var segments = path.Split('/')[1..];
        JsonNode parent = copy;
        foreach (var s in segments[..^1]) parent = Get(parent, s)!;
        change(parent, segments[^1]);
        return copy;
    }

    private static JsonNode? Get(JsonNode parent, string key) => parent is JsonArray a ? a[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] : parent[key];

    private static void Set(JsonNode parent, string key, JsonNode value)
    {
        if (parent is JsonArray a) a[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = value;
        else parent[key] = value;
    }

    private static string Shorten(string s) => s.Length <= 300 ? s : s[..300] + "...";
}
