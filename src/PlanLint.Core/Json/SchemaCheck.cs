using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanLint.Text;

namespace PlanLint.Json;

/// <summary>One schema violation in plain words, with the JSON pointer of the value it is about; <paramref name="AtName"/> when it is about the property's name (an unknown property).</summary>
public sealed record SchemaViolation(string Pointer, string Message, bool AtName = false);

/// <summary>
/// A JSON schema (2020-12) and the translation of its violations into one-line messages a person understands:
/// unknown properties with the nearest valid name, missing properties, wrong types and values.
/// Plans, configuration files, suppression side files, baselines, rule packs and rule options all use it.
/// </summary>
public sealed partial class SchemaCheck
{
    private const string UnknownProperty = "Unknown property ";

    private readonly Lazy<FullSchema> schema;
    private readonly SchemaShape shape;
    private readonly string schemaText;
    private readonly JsonElement root;
    private JsonNode? raw;

    /// <param name="name">What the schema describes, for the message when a document fails it in a way no rule explains, e.g. "action plan schema".</param>
    public SchemaCheck(string schemaText, string name)
    {
        Name = name;
        this.schemaText = schemaText;
        using (var document = JsonDocument.Parse(schemaText))
            root = document.RootElement.ValueKind == JsonValueKind.Null
                ? throw new ArgumentException("The schema is empty.", nameof(schemaText))
                : document.RootElement.Clone();
        shape = new SchemaShape(root);
        // Built only for a document the quick shape check rejects: building it costs more than linting a plan.
        schema = new(() => new FullSchema(schemaText));
    }

    /// <summary>A schema embedded in an assembly under its file name.</summary>
    public static SchemaCheck FromResource(Assembly assembly, string resourceName, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The schema {resourceName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return new SchemaCheck(reader.ReadToEnd(), name);
    }

    public string Name { get; }

    public string Text => Raw.ToJsonString();

    /// <summary>The names the schema's top level declares under "properties".</summary>
    public IReadOnlySet<string> TopLevelProperties =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    /// <summary>The schema's "$id".</summary>
    public string? Id => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$id", out var id) ? id.GetString() : null;

    /// <summary>The schema as a JSON DOM, built only where a document fails the quick check or the text is asked for.</summary>
    private JsonNode Raw => raw ??= JsonNode.Parse(schemaText) ?? throw new InvalidOperationException("The schema is empty.");

    /// <summary>
    /// Checks a document. <paramref name="describe"/> names the value at a pointer in the document's own terms
    /// ("action 2 of recommendation 7", "\"rules.PL2002\""); <paramref name="patternHint"/> gives advice for a
    /// property whose value fails a pattern or format ("write dates as YYYY-MM-DD").
    /// </summary>
    public IReadOnlyList<SchemaViolation> Check(JsonElement root, Func<string, string>? describe = null, Func<string, string?>? patternHint = null) =>
        shape.Accepts(root) ? [] : Evaluate(root, describe, patternHint);

    /// <summary>The full evaluation, for a document the shape check rejects; a method of its own so that checking a valid document compiles none of it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private IReadOnlyList<SchemaViolation> Evaluate(JsonElement root, Func<string, string>? describe, Func<string, string?>? patternHint)
    {
        IReadOnlyList<SchemaFailure>? failures;
        try
        {
            failures = schema.Value.Failures(root);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            // JsonSource refuses what is known to make the evaluator throw (numbers out of range); this keeps anything
            // else a finding about the file rather than the end of the run.
            return [new SchemaViolation("", $"The file does not match the {Name}: a value in it could not be checked ({e.GetType().Name}).")];
        }

        if (failures is null)
            return [];

        describe ??= DescribeAsPath;
        var violations = new List<(SchemaViolation Violation, string Keyword, bool InChoice)>();
        foreach (var failure in failures)
        {
            string? message = Explain(root, failure.Pointer, failure.SchemaPath, failure.Keyword, failure.LibraryMessage, failure.SchemaLocation, describe, patternHint);
            if (message is not null)
                violations.Add((
                    new SchemaViolation(failure.Pointer, message, message.StartsWith(UnknownProperty, StringComparison.Ordinal)),
                    failure.Keyword,
                    failure.SchemaPath.Contains("/oneOf/", StringComparison.Ordinal) || failure.SchemaPath.Contains("/anyOf/", StringComparison.Ordinal)));
        }

        if (violations.Count == 0)
            return [new SchemaViolation("", $"The file does not match the {Name}.")];

        // Where a value fails every branch of a choice ("a severity or an object"), the branch that got furthest says
        // what is wrong: drop a branch's complaint about the value's shape when another looked inside the value, and a
        // complaint about its type when another branch names the values allowed.
        bool Superseded((SchemaViolation Violation, string Keyword, bool InChoice) v) =>
            v.InChoice && v.Keyword is "type" or "enum" or "const" && violations.Any(o =>
                o.Violation.Pointer.StartsWith(v.Violation.Pointer + "/", StringComparison.Ordinal)
                || (v.Keyword == "type" && o.Keyword != "type" && o.Violation.Pointer == v.Violation.Pointer));
        return [.. violations
            .Where(v => !Superseded(v))
            .Select(v => v.Violation)
            .Distinct()];
    }

    /// <summary>A pointer as a dotted path in quotes, e.g. "overrides[0].files"; the root is "the document".</summary>
    public static string DescribeAsPath(string pointer)
    {
        var segments = JsonPointers.Segments(pointer);
        if (segments.Count == 0) return "the document";
        var sb = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _) && sb.Length > 0)
                sb.Append('[').Append(segment).Append(']');
            else
                sb.Append(sb.Length == 0 ? "" : ".").Append(Excerpt.Of(segment));
        }

        return $"\"{sb}\"";
    }

    private string? Explain(
        JsonElement root, string pointer, string schemaPath, string keyword, string libraryMessage, Uri schemaLocation,
        Func<string, string> describe, Func<string, string?>? patternHint)
    {
        string where = describe(pointer);
        string property = JsonPointers.LastSegment(pointer);
        JsonElement? value = JsonPointers.Resolve(root, pointer);
        var node = SchemaNodeAt(Fragment(schemaLocation)) as JsonObject;

        if (schemaPath.EndsWith("/additionalProperties", StringComparison.Ordinal) || keyword == "additionalProperties")
        {
            var allowed = AllowedProperties(schemaLocation);
            string hint = Spelling.Nearest(property, allowed) is { } near ? $"; did you mean \"{near}\"?"
                : allowed.Count > 0 ? $"; expected one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}" : "";
            return UnknownProperty + $"\"{Excerpt.Of(property)}\" in {describe(JsonPointers.Parent(pointer))}{hint}";
        }

        switch (keyword)
        {
            case "required":
                return $"{Capitalise(where)} is missing {RequiredMissing(libraryMessage)}";
            case "type":
                return $"{Capitalise(where)} must be {ExpectedType(node)}, not {DescribeValue(value)}";
            case "enum":
                return $"{Capitalise(where)} is {DescribeValue(value)}; it must be one of {Values(node?["enum"] as JsonArray)}";
            case "const":
                return $"{Capitalise(where)} is {DescribeValue(value)}; it must be {node?["const"]?.ToJsonString() ?? "a fixed value"}";
            case "pattern" or "format" when value?.ValueKind == JsonValueKind.String && patternHint?.Invoke(property) is { } advice:
                return $"{Capitalise(where)} is {DescribeValue(value)}; {advice}";
            case "pattern" when value?.ValueKind == JsonValueKind.String:
                return $"{Capitalise(where)} is {DescribeValue(value)}, which does not have the expected form ({node?["pattern"]?.GetValue<string>()})";
            case "dependentRequired":
                return $"{Capitalise(where)} is missing {RequiredMissing(libraryMessage)}";
            case "minLength":
                return $"{Capitalise(where)} must not be empty";
            case "minItems":
                return $"{Capitalise(where)} must list at least {node?["minItems"]?.ToJsonString() ?? "one"} item(s)";
            case "uniqueItems":
                return $"{Capitalise(where)} lists the same value more than once";
            case "minimum" or "exclusiveMinimum" or "maximum" or "exclusiveMaximum":
                return $"{Capitalise(where)} is {DescribeValue(value)}; {Bound(keyword, node?[keyword]?.ToJsonString())}";
            case "$ref" or "allOf" or "anyOf" or "oneOf" or "properties" or "patternProperties" or "items" or "additionalProperties" or "":
                return null;
            default:
                return $"{Capitalise(where)}: {libraryMessage}";
        }
    }

    private static string Bound(string keyword, string? limit) => keyword switch
    {
        "minimum" => $"it must be at least {limit}",
        "exclusiveMinimum" => $"it must be more than {limit}",
        "maximum" => $"it must be at most {limit}",
        _ => $"it must be less than {limit}",
    };

    private static string RequiredMissing(string libraryMessage)
    {
        var names = QuotedName().Matches(libraryMessage).Select(m => m.Groups[1].Value).ToList();
        return names.Count switch
        {
            0 => "a required property",
            1 => $"the required property \"{names[0]}\"",
            _ => "the required properties " + string.Join(", ", names.Select(n => $"\"{n}\"")),
        };
    }

    private static string ExpectedType(JsonObject? node)
    {
        var type = node?["type"];
        string[] types = type is JsonArray array ? [.. array.Select(t => t!.GetValue<string>())] : type is not null ? [type.GetValue<string>()] : [];
        return types.Length == 0 ? "of another type" : string.Join(" or ", types.Select(t => t switch
        {
            "string" => "text",
            "array" => "a list",
            "object" => "an object",
            "integer" => "a whole number",
            "boolean" => "true or false",
            "null" => "null",
            _ => "a " + t,
        }));
    }

    private static string Values(JsonArray? values) =>
        values is null ? "the allowed values" : string.Join(", ", values.Select(v => v?.ToJsonString() ?? "null"));

    private List<string> AllowedProperties(Uri schemaLocation)
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
    private JsonNode? SchemaNodeAt(string pointer)
    {
        JsonNode? node = Raw;
        foreach (var segment in JsonPointers.Segments(pointer))
        {
            node = node switch
            {
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int i) => i < array.Count ? array[i] : null,
                JsonObject obj => obj[segment],
                _ => null,
            };
        }

        return node;
    }

    public static string DescribeValue(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => $"\"{Shorten(value.Value.GetString() ?? "")}\"",
        JsonValueKind.Number => $"the number {Excerpt.Of(value.Value.GetRawText(), 40)}",
        JsonValueKind.True or JsonValueKind.False => $"{value.Value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "missing",
    };

    private static string Shorten(string s) => Excerpt.Of(s, 40);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedName();
}
