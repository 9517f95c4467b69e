using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Text;

namespace PlanLint.Json;

/// <summary>
/// A quick, conservative check of a document against the common subset of a JSON schema (type, properties,
/// required, enum, pattern, items, $ref into $defs, ...), read from the schema itself. It only ever answers
/// "certainly valid": when it accepts a document the full evaluator would too, so <see cref="SchemaCheck"/> builds and
/// runs JsonSchema.Net (slow to start) only for documents this rejects, and keeps that evaluator's messages.
/// A subschema using a keyword this does not know rejects, which sends the document to the full evaluator.
/// </summary>
public sealed class SchemaShape
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly",
    };

    private readonly JsonNode root;
    private readonly Dictionary<JsonNode, Node> compiled = new(ReferenceEqualityComparer.Instance);

    public SchemaShape(JsonNode schema)
    {
        root = schema;
        Root = Compile(schema);
    }

    private Node Root { get; }

    /// <summary>Whether every keyword reachable in the schema is one this checks; only then can "exactly one branch of a oneOf passes" be judged.</summary>
    private bool complete = true;

    /// <summary>True only when the document certainly satisfies the schema.</summary>
    public bool Accepts(JsonElement document) => Root.Accepts(document);

    private Node Compile(JsonNode? schema)
    {
        switch (schema)
        {
            case JsonValue v when v.TryGetValue(out bool b):
                return b ? Node.Anything : Node.Nothing;
            case JsonObject obj:
                if (compiled.TryGetValue(obj, out var done)) return done;
                var node = new Node();
                compiled[obj] = node;
                Fill(node, obj);
                return node;
            default:
                complete = false;
                return Node.Nothing;
        }
    }

    private void Fill(Node node, JsonObject obj)
    {
        var checks = new List<Func<JsonElement, bool>>();
        foreach (var (keyword, value) in obj)
        {
            if (Annotations.Contains(keyword)) continue;
            var check = Keyword(keyword, value, obj);
            if (check is null)
            {
                complete = false;
                node.Checks = [static _ => false];
                return;
            }

            checks.Add(check);
        }

        node.Checks = [.. checks];
    }

    private Func<JsonElement, bool>? Keyword(string keyword, JsonNode? value, JsonObject owner)
    {
        switch (keyword)
        {
            case "type":
                var types = value is JsonArray list ? list.Select(t => t?.GetValue<string>()).ToArray() : [value?.GetValue<string>()];
                return e => types.Any(t => HasType(e, t));
            case "properties" when value is JsonObject props:
                var properties = props.ToDictionary(p => p.Key, p => Compile(p.Value), StringComparer.Ordinal);
                return e => e.ValueKind != JsonValueKind.Object
                    || e.EnumerateObject().All(p => !properties.TryGetValue(p.Name, out var n) || n.Accepts(p.Value));
            case "additionalProperties":
                var known = owner["properties"] is JsonObject declared ? declared.Select(p => p.Key).ToHashSet(StringComparer.Ordinal) : [];
                if (owner.ContainsKey("patternProperties")) return null;
                var additional = Compile(value);
                return e => e.ValueKind != JsonValueKind.Object
                    || e.EnumerateObject().All(p => known.Contains(p.Name) || additional.Accepts(p.Value));
            case "required" when value is JsonArray names:
                var required = names.Select(n => n!.GetValue<string>()).ToArray();
                return e => e.ValueKind != JsonValueKind.Object || required.All(r => e.TryGetProperty(r, out _));
            case "enum" when value is JsonArray values:
                var allowed = values.Select(Element).ToArray();
                return e => allowed.Any(a => JsonElement.DeepEquals(a, e));
            case "const":
                var constant = Element(value);
                return e => JsonElement.DeepEquals(constant, e);
            case "pattern":
                var pattern = SchemaPatterns.For(value!.GetValue<string>());
                return e => e.ValueKind != JsonValueKind.String || pattern.IsMatch(e.GetString()!);
            case "format":
                // Stricter than the evaluator, which may treat "format" as an annotation; unknown formats go to it.
                return value?.GetValue<string>() == "date"
                    ? e => e.ValueKind != JsonValueKind.String || IsoDate.IsValid(e.GetString())
                    : null;
            case "minLength":
                int minLength = value!.GetValue<int>();
                return e => e.ValueKind != JsonValueKind.String || CodePoints(e.GetString()!) >= minLength;
            case "maxLength":
                int maxLength = value!.GetValue<int>();
                return e => e.ValueKind != JsonValueKind.String || CodePoints(e.GetString()!) <= maxLength;
            case "items":
                var items = Compile(value);
                return e => e.ValueKind != JsonValueKind.Array || e.EnumerateArray().All(items.Accepts);
            case "minItems":
                int minItems = value!.GetValue<int>();
                return e => e.ValueKind != JsonValueKind.Array || e.GetArrayLength() >= minItems;
            case "uniqueItems" when value is JsonValue unique && unique.TryGetValue(out bool isUnique):
                return e => !isUnique || e.ValueKind != JsonValueKind.Array || AllDistinct(e);
            case "minimum":
                decimal minimum = value!.GetValue<decimal>();
                return e => e.ValueKind != JsonValueKind.Number || (e.TryGetDecimal(out decimal d) && d >= minimum);
            case "maximum":
                decimal maximum = value!.GetValue<decimal>();
                return e => e.ValueKind != JsonValueKind.Number || (e.TryGetDecimal(out decimal d) && d <= maximum);
            case "minProperties":
                int minProperties = value!.GetValue<int>();
                return e => e.ValueKind != JsonValueKind.Object || e.EnumerateObject().Count() >= minProperties;
            case "propertyNames":
                var propertyNames = Compile(value);
                return e => e.ValueKind != JsonValueKind.Object
                    || e.EnumerateObject().All(p => propertyNames.Accepts(Element(JsonValue.Create(p.Name))));
            case "oneOf" when value is JsonArray branches:
                var oneOf = branches.Select(Compile).ToArray();
                // Exactly one branch must pass; a branch this could not judge would make the count uncertain.
                return e => complete && oneOf.Count(b => b.Accepts(e)) == 1;
            case "anyOf" when value is JsonArray branches:
                var anyOf = branches.Select(Compile).ToArray();
                return e => anyOf.Any(b => b.Accepts(e));
            case "$ref" when value?.GetValue<string>() is { } reference && reference.StartsWith('#'):
                var target = Resolve(reference[1..]);
                if (target is null) return null;
                var referenced = Compile(target);
                return referenced.Accepts;
            default:
                return null;
        }
    }

    private JsonNode? Resolve(string pointer)
    {
        JsonNode? node = root;
        foreach (var segment in JsonPointers.Segments(pointer))
            node = node is JsonObject obj ? obj[segment] : null;
        return node;
    }

    private static bool HasType(JsonElement e, string? type) => type switch
    {
        "string" => e.ValueKind == JsonValueKind.String,
        "object" => e.ValueKind == JsonValueKind.Object,
        "array" => e.ValueKind == JsonValueKind.Array,
        "boolean" => e.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => e.ValueKind == JsonValueKind.Null,
        "number" => e.ValueKind == JsonValueKind.Number,
        "integer" => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out _),
        _ => false,
    };

    private static JsonElement Element(JsonNode? value)
    {
        using var document = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }

    private static int CodePoints(string s) => s.EnumerateRunes().Count();

    private static bool AllDistinct(JsonElement array)
    {
        var seen = new List<JsonElement>();
        foreach (var item in array.EnumerateArray())
        {
            if (seen.Any(s => JsonElement.DeepEquals(s, item))) return false;
            seen.Add(item);
        }

        return true;
    }

    private sealed class Node
    {
        public static readonly Node Anything = new() { Checks = [] };

        public static readonly Node Nothing = new() { Checks = [static _ => false] };

        public Func<JsonElement, bool>[] Checks { get; set; } = [];

        public bool Accepts(JsonElement e)
        {
            foreach (var check in Checks)
            {
                if (!check(e)) return false;
            }

            return true;
        }
    }
}
