using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PlanLint.Rules.Data;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Engine;

/// <summary>The schemas give editors completion and hover help, and every data file in rules/data matches its schema.</summary>
public sealed class SchemaAndDataMetaTests
{
    // JsonSchema.Net registers a schema by its $id when it is built, and refuses to build the same $id twice.
    private static readonly Lazy<JsonSchema> PhraseListSchema = new(() => JsonSchema.FromText(File.ReadAllText(Repo.Path("schema", "phrase-list.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Repo.Path("schema"), "*.schema.json").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    public static TheoryData<string> DataFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Repo.Path("rules", "data"), "*.json").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_property_in_a_schema_has_a_title_and_description(string file)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Repo.Path("schema", file)))!.AsObject();
        schema["$id"].ShouldNotBeNull();
        schema["$schema"]!.GetValue<string>().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        var missing = new List<string>();
        Walk(schema, "#", missing);
        missing.ShouldBeEmpty();
    }

    // Built once: JsonSchema.Net registers a schema's $id globally and refuses to register it twice.
    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Each_phrase_list_matches_its_schema_and_is_embedded(string file)
    {
        var schema = PhraseListSchema.Value;
        using var doc = JsonDocument.Parse(File.ReadAllText(Repo.Path("rules", "data", file)));
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.ShouldBeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        string name = doc.RootElement.GetProperty("name").GetString()!;
        name.ShouldBe(Path.GetFileNameWithoutExtension(file));
        PhraseLists.Names.ShouldContain(name);
        PhraseLists.Get(name).Phrases.Count.ShouldBe(doc.RootElement.GetProperty("phrases").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void A_categorised_list_gives_every_phrase_a_declared_category(string file)
    {
        var list = PhraseLists.Get(Path.GetFileNameWithoutExtension(file));
        if (list.Categories.Count == 0)
        {
            list.Entries.ShouldAllBe(e => e.Category == null, $"{file} gives categories but declares none");
            return;
        }

        list.Entries.Where(e => e.Category == null || !list.Categories.Contains(e.Category))
            .Select(e => e.Phrase).ShouldBeEmpty($"{file}: phrases without a declared category");
        list.Categories.Where(c => list.Entries.All(e => e.Category != c)).ShouldBeEmpty($"{file}: categories with no phrase");
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void A_list_names_only_rules_that_exist(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Repo.Path("rules", "data", file)));
        if (!doc.RootElement.TryGetProperty("usedBy", out var usedBy)) return;
        var ids = PlanLint.Linting.PlanLinter.CreateDefault().Engine.Descriptors.Select(d => d.Id).ToHashSet();
        usedBy.EnumerateArray().Select(e => e.GetString()!).Where(id => !ids.Contains(id)).ShouldBeEmpty(file);
    }

    private static void Walk(JsonObject node, string path, List<string> missing)
    {
        if (node["properties"] is JsonObject properties)
        {
            foreach (var (name, value) in properties)
            {
                if (value is not JsonObject property) continue;
                bool isRef = property.ContainsKey("$ref");
                if (!isRef && (property["title"] is null || property["description"] is null))
                    missing.Add($"{path}/properties/{name}");
                Walk(property, $"{path}/properties/{name}", missing);
            }
        }

        foreach (var key in new[] { "$defs", "items", "additionalProperties" })
        {
            switch (node[key])
            {
                case JsonObject child when key == "$defs":
                    foreach (var (name, def) in child)
                        if (def is JsonObject d) Walk(d, $"{path}/$defs/{name}", missing);
                    break;
                case JsonObject child:
                    Walk(child, $"{path}/{key}", missing);
                    break;
            }
        }
    }
}
