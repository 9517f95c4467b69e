using System.Globalization;
using System.Text.Json;

namespace PlanLint.Analysis;

/// <summary>A rule's options from configuration (the "options" object of its entry in planlint.json).</summary>
public sealed class RuleOptions
{
    /// <summary>
    /// No options: every rule's, unless the configuration sets some. It holds no dictionary, so a run without rule options
    /// never uses one over <see cref="JsonElement"/> (a value type), which the ReadyToRun build would JIT-compile.
    /// </summary>
    public static readonly RuleOptions Empty = new();

    private readonly IReadOnlyDictionary<string, JsonElement>? values;

    public RuleOptions(IReadOnlyDictionary<string, JsonElement> values) => this.values = values;

    private RuleOptions() => values = null;

    public IEnumerable<string> Names => values?.Keys ?? [];

    public bool TryGet(string name, out JsonElement value)
    {
        if (values is not null) return values.TryGetValue(name, out value);
        value = default;
        return false;
    }

    /// <summary>The value of a declared option, or its default when the configuration does not set it.</summary>
    public T Get<T>(RuleOption<T> option) => option.Read(TryGet(option.Name, out var value) ? value : null);

    public override string ToString() => values is null ? "" :
        string.Join(", ", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value.GetRawText()}")));
}
