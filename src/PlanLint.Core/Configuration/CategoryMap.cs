using System.Diagnostics.CodeAnalysis;
using PlanLint.Diagnostics;

namespace PlanLint.Configuration;

/// <summary>
/// A read-only dictionary keyed by rule category, kept as an array by category: what configuration resolution hands over
/// as <see cref="Analysis.AnalysisOptions.CategorySeverities"/> and <see cref="ResolvedConfiguration.CategorySeveritySources"/>.
/// Ours rather than a <c>Dictionary&lt;RuleCategory, T&gt;</c> because the ReadyToRun build cannot precompile a framework
/// collection keyed by a value type (an enum of PlanLint's), so every check JIT-compiled one; this is precompiled.
/// </summary>
internal sealed class CategoryMap<TValue> : IReadOnlyDictionary<RuleCategory, TValue>
{
    private const int Categories = (int)RuleCategory.Reading + 1;

    public static readonly CategoryMap<TValue> Empty = new();

    private readonly TValue[] values = new TValue[Categories];
    private readonly bool[] set = new bool[Categories];

    public CategoryMap()
    {
    }

    /// <summary>A copy of <paramref name="other"/>, to hand over while the original changes on.</summary>
    public CategoryMap(CategoryMap<TValue> other)
    {
        Array.Copy(other.values, values, Categories);
        Array.Copy(other.set, set, Categories);
        Count = other.Count;
    }

    public int Count { get; private set; }

    public TValue this[RuleCategory key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No setting for category {key}.");

    public IEnumerable<RuleCategory> Keys
    {
        get
        {
            for (int c = 0; c < Categories; c++)
                if (set[c]) yield return (RuleCategory)c;
        }
    }

    public IEnumerable<TValue> Values
    {
        get
        {
            for (int c = 0; c < Categories; c++)
                if (set[c]) yield return values[c];
        }
    }

    public void Set(RuleCategory key, TValue value)
    {
        if (!set[(int)key]) Count++;
        set[(int)key] = true;
        values[(int)key] = value;
    }

    public bool ContainsKey(RuleCategory key) => (uint)key < Categories && set[(int)key];

    public bool TryGetValue(RuleCategory key, [MaybeNullWhen(false)] out TValue value)
    {
        if (ContainsKey(key))
        {
            value = values[(int)key];
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<RuleCategory, TValue>> GetEnumerator()
    {
        for (int c = 0; c < Categories; c++)
            if (set[c]) yield return new KeyValuePair<RuleCategory, TValue>((RuleCategory)c, values[c]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
