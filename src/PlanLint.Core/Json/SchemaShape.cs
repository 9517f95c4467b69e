using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Text;

namespace PlanLint.Json;

/// <summary>
/// A quick, conservative check of a document against the common subset of a JSON schema (type, properties,
/// required, dependentRequired, enum, pattern, items, $ref into $defs, ...), read from the schema itself. It only ever answers
/// "certainly valid": when it accepts a document the full evaluator would too, so <see cref="SchemaCheck"/> builds and
/// runs JsonSchema.Net (slow to start) only for documents this rejects, and keeps that evaluator's messages.
/// A subschema using a keyword this does not know rejects, which sends the document to the full evaluator.
/// The checks are loops, not LINQ: LINQ over <see cref="JsonElement"/> and <see cref="JsonProperty"/> (value types of
/// another assembly) cannot be compiled ahead of time (ReadyToRun), so every run would JIT-compile it.
/// </summary>
public sealed class SchemaShape
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly",
    };

    private readonly JsonElement root;

    /// <summary>Subschemas reached through "$ref", by the pointer they are at: a recursive schema compiles once.</summary>
    private readonly Dictionary<string, Node> referenced = new(StringComparer.Ordinal);

    /// <summary>Compiles from the schema's document as it is read: no JSON DOM is built (that cost more than the check saves).</summary>
    public SchemaShape(JsonElement schema)
    {
        root = schema.Clone();
        Root = Compile(root);
    }

    public SchemaShape(JsonNode schema)
        : this(Element(schema))
    {
    }

    private Node Root { get; }

    /// <summary>Whether every keyword reachable in the schema is one this checks; only then can "exactly one branch of a oneOf passes" be judged.</summary>
    private bool complete = true;

    /// <summary>True only when the document certainly satisfies the schema.</summary>
    public bool Accepts(JsonElement document) => Root.Accepts(document);

    private Node Compile(JsonElement schema, string? pointer = null)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.True: return Node.Anything;
            case JsonValueKind.False: return Node.Nothing;
            case JsonValueKind.Object:
                if (pointer is not null && referenced.TryGetValue(pointer, out var done)) return done;
                var node = new Node();
                if (pointer is not null) referenced[pointer] = node;
                Fill(node, schema);
                return node;
            default:
                complete = false;
                return Node.Nothing;
        }
    }

    private void Fill(Node node, JsonElement obj)
    {
        var checks = new List<Func<JsonElement, bool>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            string keyword = property.Name;
            if (Annotations.Contains(keyword)) continue;
            // A keyword given twice: which one counts is the evaluator's to say.
            var check = seen.Add(keyword) ? Keyword(keyword, property.Value, obj) : null;
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

    private Func<JsonElement, bool>? Keyword(string keyword, JsonElement value, JsonElement owner)
    {
        switch (keyword)
        {
            case "type":
                string?[] types = value.ValueKind == JsonValueKind.Array ? Strings(value) : [value.GetString()];
                return e =>
                {
                    foreach (string? t in types)
                    {
                        if (HasType(e, t)) return true;
                    }

                    return false;
                };
            case "properties" when value.ValueKind == JsonValueKind.Object:
                var properties = new Dictionary<string, Node>(StringComparer.Ordinal);
                foreach (var p in value.EnumerateObject())
                {
                    if (properties.ContainsKey(p.Name)) return null;
                    properties[p.Name] = Compile(p.Value);
                }

                return e =>
                {
                    if (e.ValueKind != JsonValueKind.Object) return true;
                    foreach (var p in e.EnumerateObject())
                    {
                        if (properties.TryGetValue(p.Name, out var n) && !n.Accepts(p.Value)) return false;
                    }

                    return true;
                };
            case "additionalProperties":
                var known = new HashSet<string>(StringComparer.Ordinal);
                if (owner.TryGetProperty("properties", out var declared) && declared.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in declared.EnumerateObject()) known.Add(p.Name);
                }

                if (owner.TryGetProperty("patternProperties", out _)) return null;
                var additional = Compile(value);
                return e =>
                {
                    if (e.ValueKind != JsonValueKind.Object) return true;
                    foreach (var p in e.EnumerateObject())
                    {
                        if (!known.Contains(p.Name) && !additional.Accepts(p.Value)) return false;
                    }

                    return true;
                };
            case "dependentRequired" when value.ValueKind == JsonValueKind.Object:
                var dependencies = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var dependency in value.EnumerateObject())
                {
                    if (dependency.Value.ValueKind != JsonValueKind.Array) return null;
                    dependencies[dependency.Name] = RequiredNames(dependency.Value);
                }

                return e =>
                {
                    if (e.ValueKind != JsonValueKind.Object) return true;
                    foreach (var (present, required) in dependencies)
                    {
                        if (e.TryGetProperty(present, out _) && !HasAll(e, required)) return false;
                    }

                    return true;
                };
            case "required" when value.ValueKind == JsonValueKind.Array:
                string[] required = RequiredNames(value);
                return e => e.ValueKind != JsonValueKind.Object || HasAll(e, required);
            case "enum" when value.ValueKind == JsonValueKind.Array:
                var allowed = value;
                return e =>
                {
                    foreach (var a in allowed.EnumerateArray())
                    {
                        if (JsonElement.DeepEquals(a, e)) return true;
                    }

                    return false;
                };
            case "const":
                var constant = value;
                return e => JsonElement.DeepEquals(constant, e);
            case "pattern":
                var pattern = SchemaPatterns.For(value.GetString() ?? throw new InvalidOperationException("A pattern is null."));
                return e => e.ValueKind != JsonValueKind.String || pattern.IsMatch(e.GetString()!);
            case "format":
                // Stricter than the evaluator, which may treat "format" as an annotation; unknown formats go to it.
                return value.GetString() switch
                {
                    "date" => e => e.ValueKind != JsonValueKind.String || IsoDate.IsValid(e.GetString()),
                    "uri" => e => e.ValueKind != JsonValueKind.String || Uri.TryCreate(e.GetString(), UriKind.Absolute, out _),
                    _ => null,
                };
            case "minLength":
                int minLength = value.GetInt32();
                return e => e.ValueKind != JsonValueKind.String || CodePoints(e.GetString()!) >= minLength;
            case "maxLength":
                int maxLength = value.GetInt32();
                return e => e.ValueKind != JsonValueKind.String || CodePoints(e.GetString()!) <= maxLength;
            case "items":
                var items = Compile(value);
                return e =>
                {
                    if (e.ValueKind != JsonValueKind.Array) return true;
                    foreach (var item in e.EnumerateArray())
                    {
                        if (!items.Accepts(item)) return false;
                    }

                    return true;
                };
            case "minItems":
                int minItems = value.GetInt32();
                return e => e.ValueKind != JsonValueKind.Array || e.GetArrayLength() >= minItems;
            case "uniqueItems" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                bool isUnique = value.GetBoolean();
                return e => !isUnique || e.ValueKind != JsonValueKind.Array || AllDistinct(e);
            case "minimum":
                decimal minimum = value.GetDecimal();
                return e => e.ValueKind != JsonValueKind.Number || (e.TryGetDecimal(out decimal d) && d >= minimum);
            case "maximum":
                decimal maximum = value.GetDecimal();
                return e => e.ValueKind != JsonValueKind.Number || (e.TryGetDecimal(out decimal d) && d <= maximum);
            case "minProperties":
                int minProperties = value.GetInt32();
                return e => e.ValueKind != JsonValueKind.Object || PropertyCount(e) >= minProperties;
            case "propertyNames":
                var propertyNames = Compile(value);
                return e =>
                {
                    if (e.ValueKind != JsonValueKind.Object) return true;
                    foreach (var p in e.EnumerateObject())
                    {
                        if (!propertyNames.Accepts(StringElement(p.Name))) return false;
                    }

                    return true;
                };
            case "oneOf" when value.ValueKind == JsonValueKind.Array:
                var oneOf = Branches(value);
                // Exactly one branch must pass; a branch this could not judge would make the count uncertain.
                return e => complete && Passing(oneOf, e) == 1;
            case "anyOf" when value.ValueKind == JsonValueKind.Array:
                var anyOf = Branches(value);
                return e => Passing(anyOf, e) > 0;
            case "$ref" when value.GetString() is { } reference && reference.StartsWith('#'):
                var segments = JsonPointers.Segments(reference[1..]);
                if (Resolve(segments) is not { } target) return null;
                return Compile(target, string.Concat(segments.Select(s => "/" + JsonPointers.Escape(s)))).Accepts;
            default:
                return null;
        }
    }

    /// <summary>The subschema at a pointer through objects only (as "$defs" holds them).</summary>
    private JsonElement? Resolve(IReadOnlyList<string> segments)
    {
        var node = root;
        foreach (var segment in segments)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(segment, out node)) return null;
        }

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

    private static JsonElement StringElement(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) writer.WriteStringValue(value);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private Node[] Branches(JsonElement array)
    {
        var branches = new Node[array.GetArrayLength()];
        for (int i = 0; i < branches.Length; i++) branches[i] = Compile(array[i]);
        return branches;
    }

    private static int Passing(Node[] branches, JsonElement e)
    {
        int passing = 0;
        foreach (var branch in branches)
        {
            if (branch.Accepts(e)) passing++;
        }

        return passing;
    }

    private static string?[] Strings(JsonElement array)
    {
        var strings = new string?[array.GetArrayLength()];
        for (int i = 0; i < strings.Length; i++) strings[i] = array[i].GetString();
        return strings;
    }

    private static string[] RequiredNames(JsonElement array)
    {
        var names = new string[array.GetArrayLength()];
        for (int i = 0; i < names.Length; i++) names[i] = array[i].GetString() ?? throw new InvalidOperationException("A required name is null.");
        return names;
    }

    private static bool HasAll(JsonElement obj, string[] names)
    {
        foreach (string name in names)
        {
            if (!obj.TryGetProperty(name, out _)) return false;
        }

        return true;
    }

    private static int PropertyCount(JsonElement obj)
    {
        int count = 0;
        foreach (var _ in obj.EnumerateObject()) count++;
        return count;
    }

    private static int CodePoints(string s)
    {
        int count = 0;
        foreach (var _ in s.EnumerateRunes()) count++;
        return count;
    }

    private static bool AllDistinct(JsonElement array)
    {
        int length = array.GetArrayLength();
        for (int i = 1; i < length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (JsonElement.DeepEquals(array[i], array[j])) return false;
            }
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
