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

    /// <summary>The value of a declared option, or its default when the configuration does not set it.</summary>
    public T Get<T>(RuleOption<T> option) => option.Read(values.TryGetValue(option.Name, out var value) ? value : null);

    public override string ToString() =>
        string.Join(", ", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value.GetRawText()}")));
}
