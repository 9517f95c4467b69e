using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Reading;

namespace PlanLint.Readers.Json;

/// <summary>
/// schema/action-plan.schema.json, embedded, and the translation of its violations into messages a reviewer understands.
/// </summary>
public static class PlanSchema
{
    private static readonly Lazy<(JsonSchema Schema, JsonNode Raw)> Loaded = new(() =>
    {
        using var stream = typeof(PlanSchema).Assembly.GetManifestResourceStream("action-plan.schema.json")
            ?? throw new InvalidOperationException("The action plan schema is not embedded in PlanLint.Readers.");
        using var reader = new StreamReader(stream);
        string text = reader.ReadToEnd();
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    });

    public static string Text => Loaded.Value.Raw.ToJsonString();

    /// <summary>The schema's "$id", which canonical plan files name so editors can find it.</summary>
    public static string Id => Loaded.Value.Raw["$id"]!.GetValue<string>();

    public static IReadOnlyList<Diagnostic> Validate(JsonElement root, Func<string, SourceLocation> locate)
    {
        var result = Loaded.Value.Schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
            return [];

        var messages = new List<(string Pointer, string Message)>();
        foreach (var detail in (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
        {
            string pointer = detail.InstanceLocation.ToString();
            string schemaPath = detail.EvaluationPath.ToString();
            foreach (var (keyword, libraryMessage) in detail.Errors!)
            {
                string? message = Explain(root, pointer, schemaPath, keyword, libraryMessage, detail.SchemaLocation);
                if (message is not null)
                    messages.Add((pointer, message));
            }
        }

        if (messages.Count == 0)
            messages.Add(("", "The file does not match the action plan schema."));

        return [.. messages
            .Distinct()
            .Select(m => InvalidPlanDiagnostic.Create(locate(m.Pointer) with { Pointer = m.Pointer }, m.Message))
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
    }

    private static string? Explain(JsonElement root, string pointer, string schemaPath, string keyword, string libraryMessage, Uri schemaLocation)
    {
        string where = PlanPointers.Describe(root, pointer);
        string property = PlanPointers.LastSegment(pointer);
        JsonElement? value = PlanPointers.Resolve(root, pointer);

        if (schemaPath.EndsWith("/additionalProperties", StringComparison.Ordinal) || keyword == "additionalProperties")
        {
            string parent = PlanPointers.Parent(pointer);
            var allowed = AllowedProperties(schemaLocation);
            string hint = Nearest(property, allowed) is { } near ? $"; did you mean \"{near}\"?" : allowed.Count > 0 ? $"; expected one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}" : "";
            return $"Unknown property \"{property}\" in {PlanPointers.Describe(root, parent)}{hint}";
        }

        switch (keyword)
        {
            case "required":
                var missing = RequiredMissing(libraryMessage);
                return $"{Capitalise(where)} is missing {missing}";
            case "type":
                return $"{Capitalise(where)} must be {ExpectedType(schemaLocation)}, not {Describe(value)}";
            case "enum":
                return $"{Capitalise(where)} is {Describe(value)}; it must be one of {EnumValues(schemaLocation)}";
            case "pattern" or "format" when value?.ValueKind == JsonValueKind.String && IsDateProperty(property):
                return $"{Capitalise(where)} is {Describe(value)}; write dates as YYYY-MM-DD, e.g. 2025-01-29";
            case "minLength":
                return $"{Capitalise(where)} must not be empty";
            case "pattern" when property == "rule":
                return $"{Capitalise(where)} is {Describe(value)}; a rule id looks like PL2002";
            case "$ref" or "allOf" or "anyOf" or "oneOf" or "properties" or "items" or "additionalProperties" or "":
                return null;
            default:
                return $"{Capitalise(where)}: {libraryMessage}";
        }
    }

    private static bool IsDateProperty(string property) => property is "submitted" or "reportPublished" or "start" or "end";

    private static string RequiredMissing(string libraryMessage)
    {
        var names = System.Text.RegularExpressions.Regex.Matches(libraryMessage, "\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();
        return names.Count switch
        {
            0 => "a required property",
            1 => $"the required property \"{names[0]}\"",
            _ => "the required properties " + string.Join(", ", names.Select(n => $"\"{n}\"")),
        };
    }

    private static string ExpectedType(Uri schemaLocation)
    {
        var type = SchemaNodeAt(Fragment(schemaLocation)) is JsonObject node ? node["type"] : null;
        string[] types = type is JsonArray array ? [.. array.Select(t => t!.GetValue<string>())] : type is not null ? [type.GetValue<string>()] : [];
        return types.Length == 0 ? "of another type" : string.Join(" or ", types.Select(t => t switch
        {
            "string" => "text",
            "array" => "a list",
            "object" => "an object",
            "null" => "null",
            _ => "a " + t,
        }));
    }

    private static string EnumValues(Uri schemaLocation)
    {
        var values = SchemaNodeAt(Fragment(schemaLocation)) is JsonObject node ? node["enum"] as JsonArray : null;
        return values is null ? "the allowed values" : string.Join(", ", values.Select(v => $"\"{v}\""));
    }

    private static IReadOnlyList<string> AllowedProperties(Uri schemaLocation)
    {
        // The location names the subschema that owns additionalProperties ("#/$defs/action/additionalProperties/...").
        string fragment = Fragment(schemaLocation);
        int cut = fragment.IndexOf("/additionalProperties", StringComparison.Ordinal);
        string owner = cut >= 0 ? fragment[..cut] : fragment;
        return SchemaNodeAt(owner) is JsonObject node && node["properties"] is JsonObject props ? [.. props.Select(p => p.Key).Where(k => k != "$schema")] : [];
    }

    private static string Fragment(Uri uri)
    {
        string s = Uri.UnescapeDataString(uri.OriginalString);
        int hash = s.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? "" : s[(hash + 1)..];
    }

    /// <summary>Finds a node of the raw schema by JSON pointer.</summary>
    private static JsonNode? SchemaNodeAt(string pointer)
    {
        JsonNode? node = Loaded.Value.Raw;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string segment = raw.Replace("~1", "/").Replace("~0", "~");

            node = node switch
            {
                JsonArray array when int.TryParse(segment, out int i) => i < array.Count ? array[i] : null,
                JsonObject obj => obj[segment],
                _ => null,
            };
        }

        return node;
    }

    private static string? Nearest(string name, IReadOnlyList<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int d = Levenshtein(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) { best = candidate; bestDistance = d; }
        }

        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Describe(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => $"\"{Shorten(value.Value.GetString() ?? "")}\"",
        JsonValueKind.Number => $"the number {value.Value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{value.Value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "missing",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
