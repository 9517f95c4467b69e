using System.Globalization;
using System.Text.Json;

namespace PlanLint.Analysis;

/// <summary>A rule's options from configuration (the "options" object of its entry in planlint.json).</summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new(new Dictionary<string, JsonElement>());

    private readonly IReadOnlyDictionary<string, JsonElement> values;

    public RuleOptions(IReadOnlyDictionary<string, JsonElement> values) => this.values = values;

    public IEnumerable<string> Names => values.Keys;

    public bool TryGet(string name, out JsonElement value) => values.TryGetValue(name, out value);

    public int GetInt32(string name, int defaultValue) =>
        values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : defaultValue;

    public double GetDouble(string name, double defaultValue) =>
        values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : defaultValue;

    public bool GetBoolean(string name, bool defaultValue) =>
        values.TryGetValue(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : defaultValue;

    public string? GetString(string name) =>
        values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public IReadOnlyList<string> GetStrings(string name) =>
        values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    public override string ToString() =>
        string.Join(", ", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value.GetRawText()}")));
}
