using System.Security.Cryptography;
using System.Text.Json.Nodes;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Formatters;

/// <summary>The vendored SARIF schema is the official one, and the validator really evaluates it.</summary>
public sealed class SarifSchemaTests
{
    private const string Valid = """
        {
          "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
          "version": "2.1.0",
          "runs": [ { "tool": { "driver": { "name": "X", "informationUri": "https://example.org/x" } }, "results": [] } ]
        }
        """;

    [Fact]
    public void The_vendored_schema_is_the_official_file_unchanged()
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SarifValidator.SchemaPath)));
        hash.ShouldBe("c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e");
        File.ReadAllText(Repo.Fixture("sarif", "README.md")).ShouldContain(hash);
    }

    /// <summary>The validator evaluates the draft-04 schema with draft-07 rules; that is only faithful while the schema sticks to keywords both drafts read alike.</summary>
    [Fact]
    public void The_schema_uses_only_keywords_that_mean_the_same_in_draft_04_and_draft_07()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SarifValidator.SchemaPath))!.AsObject();
        schema["$schema"]!.GetValue<string>().ShouldBe("http://json-schema.org/draft-04/schema#");
        var keywords = new SortedSet<string>(StringComparer.Ordinal);
        CollectKeywords(schema, keywords);
        keywords.Except(SarifValidator.KeywordsSameInDraft4And7).ShouldBeEmpty();
        keywords.ShouldContain("$ref");
        keywords.ShouldContain("format");
    }

    [Fact]
    public void A_minimal_valid_log_passes()
    {
        SarifValidator.SchemaErrors(Valid).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"", "/version")]
    [InlineData("\"name\": \"X\", ", "", "/runs/0/tool/driver")]
    [InlineData("\"results\": []", "\"results\": [ { \"message\": { \"text\": \"x\" }, \"ruleIndex\": -2 } ]", "/runs/0/results/0/ruleIndex")]
    [InlineData("\"https://example.org/x\"", "\"not a uri\"", "/runs/0/tool/driver/informationUri")]
    [InlineData("\"results\": []", "\"results\": [], \"invocations\": [ { \"executionSuccessful\": true, \"startTimeUtc\": \"yesterday\" } ]", "/runs/0/invocations/0/startTimeUtc")]
    [InlineData("\"results\": []", "\"results\": [ { \"message\": { \"text\": \"x\" }, \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"my plans/a.json\" } } } ] } ]", "/artifactLocation/uri")]
    [InlineData("\"results\": []", "\"results\": [], \"unknown\": 1", "/runs/0")]
    public void The_validator_rejects_what_the_schema_forbids(string find, string replace, string where)
    {
        string broken = Valid.Replace(find, replace, StringComparison.Ordinal);
        broken.ShouldNotBe(Valid);
        SarifValidator.SchemaErrors(broken).ShouldContain(e => e.Contains(where, StringComparison.Ordinal));
    }

    private static void CollectKeywords(JsonObject schema, ISet<string> keywords)
    {
        foreach (var (keyword, value) in schema)
        {
            keywords.Add(keyword);
            switch (keyword)
            {
                case "properties" or "definitions":
                    foreach (var (_, child) in value!.AsObject())
                        CollectKeywords(child!.AsObject(), keywords);
                    break;
                case "items" or "additionalProperties" when value is JsonObject child:
                    CollectKeywords(child, keywords);
                    break;
                case "anyOf" or "oneOf":
                    foreach (var child in value!.AsArray())
                        CollectKeywords(child!.AsObject(), keywords);
                    break;
            }
        }
    }
}
