using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PlanLint.Tests.Support;

/// <summary>
/// Checks a SARIF log two ways: against the official SARIF 2.1.0 schema (vendored in Fixtures/sarif), and
/// against what GitHub code scanning needs beyond the schema to show, track and close each finding.
/// Use <see cref="AssertValid"/> on every SARIF log a test produces.
/// </summary>
public static class SarifValidator
{
    public const string SchemaFile = "sarif-schema-2.1.0.json";

    /// <summary>The keywords the SARIF schema may use: those whose meaning is the same in draft-04 and draft-07.</summary>
    public static readonly IReadOnlySet<string> KeywordsSameInDraft4And7 = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "id", "title", "description", "default", "type", "enum", "properties", "additionalProperties",
        "required", "definitions", "$ref", "items", "minItems", "uniqueItems", "minimum", "maximum", "pattern",
        "format", "anyOf", "oneOf",
    };

    private const string Draft4Id = "http://json-schema.org/draft-04/schema#";
    private const string LineHashKey = "primaryLocationLineHash";
    private const string FingerprintKey = "planlintFingerprint/v1";

    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    public static string SchemaPath => Repo.Fixture("sarif", SchemaFile);

    /// <summary>Validates a log against the schema and GitHub's requirements; fails the test listing every problem, else returns the parsed log.</summary>
    public static JsonObject AssertValid(string sarif, bool requireLines = true)
    {
        var problems = SchemaErrors(sarif).Concat(GitHubProblems(sarif, requireLines)).ToList();
        problems.ShouldBeEmpty("The SARIF log is not valid:\n" + string.Join("\n", problems));
        return JsonNode.Parse(sarif)!.AsObject();
    }

    /// <summary>Where the log breaks the SARIF 2.1.0 schema (formats such as uri and date-time included).</summary>
    public static IReadOnlyList<string> SchemaErrors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (result.IsValid) return [];
        return [.. (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"schema: {d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("schema: the log does not match the SARIF 2.1.0 schema")];
    }

    /// <summary>
    /// What GitHub code scanning needs beyond the schema. Each problem starts with the name of the check it fails.
    /// <paramref name="requireLines"/> demands a start line for every result outside a Word document.
    /// </summary>
    public static IReadOnlyList<string> GitHubProblems(string sarif, bool requireLines = true)
    {
        var problems = new List<string>();
        var log = JsonNode.Parse(sarif)!.AsObject();
        if (log["version"]?.GetValue<string>() != "2.1.0") problems.Add("version: must be \"2.1.0\"");
        var runs = log["runs"]?.AsArray() ?? [];
        if (runs.Count is 0 or > 20) problems.Add($"runs: {runs.Count} runs; GitHub accepts 1 to 20");

        foreach (var run in runs.Select(r => r!.AsObject()))
        {
            var rules = run["tool"]?["driver"]?["rules"]?.AsArray() ?? [];
            var results = run["results"]?.AsArray() ?? [];
            var baseIds = run["originalUriBaseIds"]?.AsObject();

            if (rules.Count == 0) problems.Add("rules-listed: tool.driver.rules is empty; list every enabled rule so tools can close fixed alerts");
            if (rules.Count > 25_000) problems.Add($"rules-limit: {rules.Count} rules; GitHub accepts 25,000");
            if (results.Count > 25_000) problems.Add($"results-limit: {results.Count} results; GitHub accepts 25,000 per run");
            foreach (var rule in rules.Select(r => r!.AsObject()))
                CheckRule(rule, problems);
            foreach (var (name, value) in baseIds ?? [])
            {
                string? uri = value?["uri"]?.GetValue<string>();
                if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out _) || !uri.EndsWith('/'))
                    problems.Add($"uri-base: originalUriBaseIds.{name}.uri must be an absolute URI ending in '/'");
            }

            for (int i = 0; i < results.Count; i++)
                CheckResult(results[i]!.AsObject(), $"results[{i}]", rules, baseIds, requireLines, problems);
        }

        return problems;
    }

    private static void CheckRule(JsonObject rule, List<string> problems)
    {
        string id = rule["id"]?.GetValue<string>() ?? "(no id)";
        if (rule["name"]?.GetValue<string>() is not { Length: > 0 } name || name == id)
            problems.Add($"rule-name: rule {id} needs a name that differs from its id");
        foreach (string path in new[] { "shortDescription.text", "fullDescription.text", "help.text", "help.markdown", "helpUri", "defaultConfiguration.level" })
        {
            if (Text(rule, path) is not { Length: > 0 })
                problems.Add($"rule-help: rule {id} lacks {path}");
        }

        var tags = rule["properties"]?["tags"]?.AsArray();
        if (tags is null || tags.Count == 0) problems.Add($"rule-tags: rule {id} has no tags");
        else if (tags.Count > 20) problems.Add($"rule-tags: rule {id} has {tags.Count} tags; GitHub accepts 20");
        if (Text(rule, "properties.precision") is not ("very-high" or "high" or "medium" or "low"))
            problems.Add($"rule-precision: rule {id} needs properties.precision");
        if (rule["properties"]?["security-severity"] is not null)
            problems.Add($"rule-security-severity: rule {id} is not a security rule and must not have security-severity");
    }

    private static void CheckResult(JsonObject result, string at, JsonArray rules, JsonObject? baseIds, bool requireLines, List<string> problems)
    {
        string? ruleId = result["ruleId"]?.GetValue<string>();
        int? ruleIndex = result["ruleIndex"]?.GetValue<int>();
        if (ruleId is null || ruleIndex is null)
            problems.Add($"rule-index: {at} needs ruleId and ruleIndex");
        else if (ruleIndex < 0 || ruleIndex >= rules.Count || rules[ruleIndex.Value]?["id"]?.GetValue<string>() != ruleId)
            problems.Add($"rule-index: {at} has ruleIndex {ruleIndex}, which is not rule {ruleId}");

        if (Text(result, "message.text") is not { Length: > 0 } message)
            problems.Add($"message: {at} has no message.text");
        else if (!message.EndsWith('.'))
            problems.Add($"message: {at} message should be sentences ending in a full stop");

        var locations = result["locations"]?.AsArray() ?? [];
        var related = result["relatedLocations"]?.AsArray() ?? [];
        if (locations.Count == 0)
        {
            problems.Add($"location: {at} has no location");
            return;
        }

        if (locations.Count + related.Count > 1_000)
            problems.Add($"locations-limit: {at} has {locations.Count + related.Count} locations; GitHub accepts 1,000");

        var primary = locations[0]!["physicalLocation"]?.AsObject();
        string? uri = primary?["artifactLocation"]?["uri"]?.GetValue<string>();
        if (uri is null)
        {
            problems.Add($"location: {at} has no physicalLocation.artifactLocation.uri");
            return;
        }

        CheckUri(primary!["artifactLocation"]!.AsObject(), at, baseIds, problems);
        bool hasLine = primary["region"]?["startLine"] is not null;
        bool wordDocument = uri.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
        if (requireLines && !hasLine && !wordDocument)
            problems.Add($"line: {at} has no region.startLine, so GitHub cannot show it on a line");

        var fingerprints = result["partialFingerprints"]?.AsObject();
        if (hasLine && fingerprints?[LineHashKey] is null)
            problems.Add($"fingerprints: {at} has a line but no partialFingerprints.{LineHashKey}");
        if (fingerprints?[FingerprintKey] is null)
            problems.Add($"fingerprints: {at} has no partialFingerprints.{FingerprintKey}");

        for (int i = 0; i < related.Count; i++)
        {
            if (Text(related[i]!.AsObject(), "message.text") is not { Length: > 0 })
                problems.Add($"related-message: {at}.relatedLocations[{i}] has no message; GitHub rejects the whole file");
            if (related[i]!["physicalLocation"]?["artifactLocation"] is JsonObject relatedArtifact)
                CheckUri(relatedArtifact, $"{at}.relatedLocations[{i}]", baseIds, problems);
        }
    }

    private static void CheckUri(JsonObject artifactLocation, string at, JsonObject? baseIds, List<string> problems)
    {
        string uri = artifactLocation["uri"]!.GetValue<string>();
        string? baseId = artifactLocation["uriBaseId"]?.GetValue<string>();
        if (uri.Contains('\\') || uri.Any(char.IsWhiteSpace))
            problems.Add($"uri: {at} uri '{uri}' must use forward slashes and percent-encoding");
        if (baseId is not null && (baseIds is null || !baseIds.ContainsKey(baseId)))
            problems.Add($"uri-base: {at} uses uriBaseId '{baseId}', which originalUriBaseIds does not define");
        if (baseId is not null && Uri.TryCreate(uri, UriKind.Absolute, out _))
            problems.Add($"uri-base: {at} has a uriBaseId, so its uri '{uri}' must be relative");
        if (baseId is null && !Uri.TryCreate(uri, UriKind.Absolute, out _))
            problems.Add($"uri-base: {at} uri '{uri}' is relative but has no uriBaseId");
    }

    private static string? Text(JsonObject node, string path)
    {
        JsonNode? current = node;
        foreach (string part in path.Split('.'))
            current = current?[part];
        return current is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    private static JsonSchema LoadSchema()
    {
        // JsonSchema.Net has no draft-04 dialect. The SARIF schema uses only keywords that mean the same in
        // draft-04 and draft-07 (SarifSchemaTests checks), so draft-07's dialect, registered under the draft-04 id
        // in a private registry, evaluates it faithfully. Its draft-04 "id" is then an unknown keyword, which is
        // harmless: every $ref in the schema is local ("#/definitions/...").
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft07.With([], new Uri(Draft4Id)));
        var options = new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(SchemaPath), options);
    }
}
