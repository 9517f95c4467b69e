using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanLint.Analysis;

/// <summary>
/// One option of a rule, declared once beside the rule: its name in planlint.json, its type, default, bounds and
/// description. The rule's descriptor lists its options (<see cref="Diagnostics.RuleDescriptor.Options"/>); the options'
/// JSON schema, the schema of planlint.json and the Options table of the rule's page are derived from that list, and the
/// rule reads a typed value with <see cref="RuleOptions.Get{T}(RuleOption{T})"/>.
/// </summary>
public abstract class RuleOption
{
    private protected RuleOption(string name, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Name = name;
        Description = description;
    }

    /// <summary>The option's name under "options" in planlint.json, in camelCase, e.g. "horizonMonths".</summary>
    public string Name { get; }

    /// <summary>What the option changes, as one or two sentences.</summary>
    public string Description { get; }

    /// <summary>The name in words, e.g. "Horizon months", for editors that show a title.</summary>
    public string Title => string.Concat(Name.Select((c, i) => i == 0 ? char.ToUpperInvariant(c).ToString() : char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The type in words, e.g. "whole number".</summary>
    public abstract string TypeName { get; }

    /// <summary>The default as JSON, e.g. <c>12</c> or <c>0.8</c>.</summary>
    public abstract string DefaultJson { get; }

    /// <summary>The values allowed beyond the type, in words ("at least 1", "0 to 1"), or null when any value of the type is.</summary>
    public abstract string? Allowed { get; }

    /// <summary>The option's JSON schema (2020-12) as an object, with its description, default and bounds.</summary>
    public JsonObject ToSchema()
    {
        var schema = new JsonObject { ["title"] = Title, ["description"] = Description };
        AddSchema(schema);
        schema["default"] = JsonNode.Parse(DefaultJson);
        return schema;
    }

    private protected abstract void AddSchema(JsonObject schema);

    /// <summary>A whole-number option, e.g. a horizon in months.</summary>
    public static RuleOption<int> Integer(string name, int defaultValue, string description, int minimum = int.MinValue, int maximum = int.MaxValue) =>
        new IntegerOption(name, defaultValue, description, minimum, maximum);

    /// <summary>A number option, e.g. a share between 0 and 1.</summary>
    public static RuleOption<double> Number(string name, double defaultValue, string description, double minimum = double.NegativeInfinity, double maximum = double.PositiveInfinity) =>
        new NumberOption(name, defaultValue, description, minimum, maximum);

    public static RuleOption<bool> Boolean(string name, bool defaultValue, string description) => new BooleanOption(name, defaultValue, description);

    /// <summary>A list of words or phrases; the default applies when the option is not set.</summary>
    public static RuleOption<IReadOnlyList<string>> TextList(string name, IReadOnlyList<string> defaultValue, string description) =>
        new TextListOption(name, defaultValue, description);

    private protected static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private protected static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An option whose value the rule reads as <typeparamref name="T"/>.</summary>
public abstract class RuleOption<T> : RuleOption
{
    private protected RuleOption(string name, T defaultValue, string description)
        : base(name, description) => Default = defaultValue;

    public T Default { get; }

    /// <summary>The configured value, or the default when it is absent; a value outside the bounds is brought inside them.</summary>
    /// <remarks>Configuration is checked against <see cref="RuleOption.ToSchema"/> before any plan is read, so the fallbacks here only guard callers that set options by hand.</remarks>
    public abstract T Read(JsonElement? value);
}

internal sealed class IntegerOption(string name, int defaultValue, string description, int minimum, int maximum)
    : RuleOption<int>(name, CheckDefault(defaultValue, minimum, maximum), description)
{
    public override string TypeName => "whole number";

    public override string DefaultJson => Format(Default);

    public override string? Allowed => (minimum, maximum) switch
    {
        (int.MinValue, int.MaxValue) => null,
        (_, int.MaxValue) => $"at least {Format(minimum)}",
        (int.MinValue, _) => $"at most {Format(maximum)}",
        _ => $"{Format(minimum)} to {Format(maximum)}",
    };

    public override int Read(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Number } number && number.TryGetDouble(out double d) && d == Math.Floor(d)
            ? (int)Math.Clamp(d, minimum, maximum)
            : Default;

    private protected override void AddSchema(JsonObject schema)
    {
        schema["type"] = "integer";
        if (minimum != int.MinValue) schema["minimum"] = minimum;
        if (maximum != int.MaxValue) schema["maximum"] = maximum;
    }

    private static int CheckDefault(int value, int minimum, int maximum) =>
        value >= minimum && value <= maximum ? value : throw new ArgumentOutOfRangeException(nameof(value), "The default must be within the bounds.");
}

internal sealed class NumberOption(string name, double defaultValue, string description, double minimum, double maximum)
    : RuleOption<double>(name, CheckDefault(defaultValue, minimum, maximum), description)
{
    public override string TypeName => "number";

    public override string DefaultJson => Format(Default);

    public override string? Allowed => (double.IsNegativeInfinity(minimum), double.IsPositiveInfinity(maximum)) switch
    {
        (true, true) => null,
        (false, true) => $"at least {Format(minimum)}",
        (true, false) => $"at most {Format(maximum)}",
        _ => $"{Format(minimum)} to {Format(maximum)}",
    };

    public override double Read(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Number } number && number.TryGetDouble(out double d) ? Math.Clamp(d, minimum, maximum) : Default;

    private protected override void AddSchema(JsonObject schema)
    {
        schema["type"] = "number";
        if (!double.IsNegativeInfinity(minimum)) schema["minimum"] = minimum;
        if (!double.IsPositiveInfinity(maximum)) schema["maximum"] = maximum;
    }

    private static double CheckDefault(double value, double minimum, double maximum) =>
        value >= minimum && value <= maximum ? value : throw new ArgumentOutOfRangeException(nameof(value), "The default must be within the bounds.");
}

internal sealed class BooleanOption(string name, bool defaultValue, string description) : RuleOption<bool>(name, defaultValue, description)
{
    public override string TypeName => "true or false";

    public override string DefaultJson => Default ? "true" : "false";

    public override string? Allowed => null;

    public override bool Read(JsonElement? value) =>
        value?.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => Default };

    private protected override void AddSchema(JsonObject schema) => schema["type"] = "boolean";
}

internal sealed class TextListOption(string name, IReadOnlyList<string> defaultValue, string description)
    : RuleOption<IReadOnlyList<string>>(name, defaultValue, description)
{
    public override string TypeName => "list of text";

    public override string DefaultJson => new JsonArray([.. Default.Select(s => (JsonNode?)JsonValue.Create(s))]).ToJsonString();

    public override string? Allowed => "at least one entry, none empty";

    public override IReadOnlyList<string> Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Array } array) return Default;
        var items = array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString() ?? "")
            .Where(s => s.Length > 0)
            .ToList();
        return items.Count == 0 ? Default : items;
    }

    private protected override void AddSchema(JsonObject schema)
    {
        schema["type"] = "array";
        schema["minItems"] = 1;
        schema["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
    }
}
