using PlanLint.Diagnostics;

namespace PlanLint.Configuration;

/// <summary>
/// A read-only dictionary of severities by rule id: what configuration resolution hands over as
/// <see cref="Analysis.AnalysisOptions.RuleSeverities"/>. It keeps each severity as its number in a
/// <c>Dictionary&lt;string, int&gt;</c>, which the framework's own image holds compiled: the ReadyToRun build cannot
/// precompile a <c>Dictionary&lt;string, Severity&gt;</c> (a framework collection over an enum of PlanLint's), so every
/// check JIT-compiled one.
/// </summary>
internal sealed class RuleSeverityMap : IReadOnlyDictionary<string, Severity>
{
    public static readonly RuleSeverityMap Empty = new();

    private readonly Dictionary<string, int> severities;

    public RuleSeverityMap() => severities = new(StringComparer.Ordinal);

    /// <summary>A copy of <paramref name="other"/>, to hand over while the original changes on.</summary>
    public RuleSeverityMap(RuleSeverityMap other) => severities = new(other.severities, StringComparer.Ordinal);

    public int Count => severities.Count;

    public Severity this[string key] => (Severity)severities[key];

    public IEnumerable<string> Keys => severities.Keys;

    public IEnumerable<Severity> Values
    {
        get
        {
            foreach (int severity in severities.Values) yield return (Severity)severity;
        }
    }

    public void Set(string ruleId, Severity severity) => severities[ruleId] = (int)severity;

    public bool ContainsKey(string key) => severities.ContainsKey(key);

    public bool TryGetValue(string key, out Severity value)
    {
        bool found = severities.TryGetValue(key, out int severity);
        value = (Severity)severity;
        return found;
    }

    public IEnumerator<KeyValuePair<string, Severity>> GetEnumerator()
    {
        foreach (var (ruleId, severity) in severities)
            yield return new KeyValuePair<string, Severity>(ruleId, (Severity)severity);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
