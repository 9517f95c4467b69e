namespace PlanLint.Analysis;

/// <summary>
/// Something several rules derive from the same text, such as its words or its clauses. <see cref="RuleContext.Analyze{T}"/>
/// computes it once per distinct text while one plan is analysed and hands the same result to every rule that asks, so
/// thirty rules reading one action do not each tokenise it again; the results are dropped with the plan. The result must
/// depend on the text alone and must not be changed by the rules that share it.
/// </summary>
public sealed class TextAnalysis<T>
    where T : class
{
    private readonly Func<string, RuleContext, T> compute;

    public TextAnalysis(Func<string, T> compute) => this.compute = (text, _) => compute(text);

    /// <summary>An analysis built on others: <paramref name="compute"/> may ask the context for the text's other analyses.</summary>
    public TextAnalysis(Func<string, RuleContext, T> compute) => this.compute = compute;

    internal T Compute(string text, RuleContext context) => compute(text, context);
}

/// <summary>The text analyses of one plan run; one plan is analysed on one thread, so it needs no locking.</summary>
internal sealed class TextAnalysisCache
{
    // One table per analysis, keyed by text: a tuple key would be one more generic instantiation to JIT at start-up.
    private readonly Dictionary<object, Dictionary<string, object>> results = [];

    // The same tables keyed by the text object: every rule asks with the same string (an action's text), and hashing a
    // whole paragraph for each rule cost more than the analyses it found. Equal texts held in other strings still meet
    // in the table by content.
    private readonly Dictionary<object, Dictionary<object, object>> resultsByReference = [];
    private Dictionary<object, object>? shared;

    public T Get<T>(TextAnalysis<T> analysis, string text, RuleContext context)
        where T : class
    {
        if (!resultsByReference.TryGetValue(analysis, out var byReference))
            resultsByReference[analysis] = byReference = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        if (byReference.TryGetValue(text, out var known)) return (T)known;

        if (!results.TryGetValue(analysis, out var byText))
            results[analysis] = byText = new Dictionary<string, object>(StringComparer.Ordinal);
        if (!byText.TryGetValue(text, out var found))
            byText[text] = found = analysis.Compute(text, context);
        byReference[text] = found;
        return (T)found;
    }

    public T Shared<T>(object key, Func<T> compute)
        where T : class
    {
        shared ??= [];
        if (shared.TryGetValue(key, out var found)) return (T)found;
        var result = compute();
        shared[key] = result;
        return result;
    }
}
