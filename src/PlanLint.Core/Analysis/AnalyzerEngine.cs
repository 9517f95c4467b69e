using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Suppressions;

namespace PlanLint.Analysis;

/// <summary>
/// Runs analyzers over a plan, Roslyn style: plan callbacks, then each concern and its actions in order,
/// then plan-end callbacks. Applies configured severities, isolates analyzer failures (PL9999) and
/// applies suppressions (<see cref="SuppressionApplier"/>) and returns findings in <see cref="DiagnosticOrder"/>. Thread-safe: one engine can analyse many plans at once.
/// </summary>
public sealed class AnalyzerEngine
{
    private readonly IReadOnlyList<RegisteredAnalyzer> analyzers;
    private readonly Dictionary<string, RuleDescriptor> descriptorsById;

    public AnalyzerEngine(IEnumerable<PlanAnalyzer> analyzers)
    {
        this.analyzers = [.. analyzers.Select(a =>
        {
            var registration = new AnalysisRegistration();
            a.Initialize(registration);
            return new RegisteredAnalyzer(a, registration);
        })];
        descriptorsById = Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<PlanAnalyzer> Analyzers => [.. analyzers.Select(a => a.Analyzer)];

    /// <summary>Every descriptor the engine can report, engine diagnostics included, ordered by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors =>
        [.. EngineDiagnostics.All.Concat(analyzers.SelectMany(a => a.Analyzer.SupportedDiagnostics))
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];

    public IReadOnlyList<Diagnostic> Analyze(ActionPlan plan, AnalysisOptions options) => Analyze(plan, options, []);

    /// <summary>Analyses a plan, applying the suppressions in it and those given from its side file.</summary>
    public IReadOnlyList<Diagnostic> Analyze(ActionPlan plan, AnalysisOptions options, IReadOnlyList<ExternalSuppression> externalSuppressions)
    {
        var outcomes = Run(plan, options);
        var raw = new List<Diagnostic>();
        HashSet<Exception>? reportedFailures = null;
        foreach (var outcome in outcomes)
        {
            if (outcome.Failure is { } failure)
            {
                // Analyzers that share one failure (the rules of a compiled pack whose host stopped) are reported once.
                if ((reportedFailures ??= new(ReferenceEqualityComparer.Instance)).Add(failure))
                {
                    string name = (failure as AnalyzerFailedException)?.FailedName ?? outcome.Analyzer.Name;
                    raw.Add(new Diagnostic
                    {
                        Descriptor = EngineDiagnostics.AnalyzerFailure,
                        Severity = EngineDiagnostics.AnalyzerFailure.DefaultSeverity,
                        Message = EngineDiagnostics.AnalyzerFailure.FormatMessage([name, Describe(failure)]),
                        // An exception's message may quote the plan; the rule's name is PlanLint's or a pack's.
                        RedactedMessage = EngineDiagnostics.AnalyzerFailure.FormatMessage([name, PlanTextRedaction.Withheld]),
                        Location = plan.Location,
                    });
                }

                continue;
            }

            foreach (var d in outcome.Findings)
            {
                var severity = options.EffectiveSeverity(d.Descriptor);
                // A finding on a value the reader inferred is never certain enough to block: at most a warning.
                if (d.OnInferredValue && severity == Severity.Error) severity = Severity.Warning;
                if (severity != Severity.None)
                    raw.Add(d with { Severity = severity });
            }
        }

        var failedRules = outcomes.Where(o => o.Failure is not null)
            .SelectMany(o => o.Analyzer.SupportedDiagnostics.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        SuppressionApplier.Apply(plan, raw, externalSuppressions, options, descriptorsById, failedRules);
        DropOutranked(raw);
        raw.Sort(DiagnosticOrder.Instance);
        return raw;
    }

    /// <summary>
    /// One fault, one finding: a finding is dropped when a rule that outranks its rule (<see cref="RuleDescriptor.Outranks"/>)
    /// reports the same fact of the same action and that finding stands. A suppressed finding does not stand, so the
    /// other is reported; a rule turned off reports nothing, so the same. The fault keeps the higher of the two
    /// severities (never an error on an inferred value): merging two findings never makes a fault less severe.
    /// </summary>
    private static void DropOutranked(List<Diagnostic> findings)
    {
        if (!findings.Any(d => d.Descriptor.Outranks.Count > 0)) return;
        // Only findings about one fact of one action can outrank one another: group them first, so a plan of many
        // actions costs one pass, not one pass per outranking finding.
        var sameFact = new Dictionary<FactKey, List<int>>();
        for (int i = 0; i < findings.Count; i++)
        {
            if (findings[i] is not { ActionIndex: { } action, Fact: { } fact } d) continue;
            var key = new FactKey(d.ConcernOrdinal, action, fact);
            if (!sameFact.TryGetValue(key, out var indexes)) sameFact[key] = indexes = [];
            indexes.Add(i);
        }

        var dropped = new bool[findings.Count];
        foreach (var indexes in sameFact.Values.Where(g => g.Count > 1))
        {
            foreach (int i in indexes)
            {
                var winner = findings[i];
                if (dropped[i] || winner.IsSuppressed || winner.Descriptor.Outranks.Count == 0) continue;
                var severity = winner.Severity;
                foreach (int j in indexes)
                {
                    var d = findings[j];
                    if (j == i || dropped[j] || !winner.Descriptor.Outranks.Contains(d.Id, StringComparer.Ordinal)) continue;
                    if (d.Severity > severity) severity = d.Severity;
                    dropped[j] = true;
                }

                if (winner.OnInferredValue && severity == Severity.Error) severity = Severity.Warning;
                findings[i] = winner with { Severity = severity };
            }
        }

        int kept = 0;
        for (int i = 0; i < findings.Count; i++)
        {
            if (!dropped[i]) findings[kept++] = findings[i];
        }

        findings.RemoveRange(kept, findings.Count - kept);
    }

    /// <summary>
    /// One fact of one action. A record, not a tuple: a dictionary keyed by a tuple (a value type) cannot be compiled
    /// ahead of time (ReadyToRun), so every run would JIT-compile it.
    /// </summary>
    private sealed record FactKey(int Concern, int Action, string Fact);

    /// <summary>
    /// Runs the analyzers the options turn on over a plan and returns, for each in order, the findings it reported
    /// (before severities and suppressions are applied) or the exception that stopped it.
    /// </summary>
    internal IReadOnlyList<AnalyzerOutcome> Run(ActionPlan plan, AnalysisOptions options)
    {
        var analyses = new TextAnalysisCache();
        var active = analyzers
            .Where(a => a.Analyzer.SupportedDiagnostics.Any(d => options.EffectiveSeverity(d) != Severity.None))
            .Select(a => new ActiveAnalyzer(a, findings => new RuleContext(plan, options, analyses, findings.Add, a.Analyzer)))
            .ToList();

        Run(active, a => a.Registered.Registration.PlanCallbacks, a => a.Context, (cb, ctx) => cb(ctx));
        foreach (var concern in plan.Concerns)
        {
            // Each visit gets its own typed context, created only for the analyzers that registered for it.
            Run(active, a => a.Registered.Registration.ConcernCallbacks, a => a.Concern = new ConcernContext(a.Context, concern), (cb, ctx) => cb(ctx));
            foreach (var action in concern.Actions)
            {
                Run(
                    active,
                    a => a.Registered.Registration.ActionCallbacks,
                    a => new ActionContext(a.Concern is { } c && ReferenceEquals(c.Concern, concern) ? c : a.Concern = new ConcernContext(a.Context, concern), action),
                    (cb, ctx) => cb(ctx));
            }
        }

        Run(active, a => a.Registered.Registration.PlanEndCallbacks, a => a.Context, (cb, ctx) => cb(ctx));
        return [.. active.Select(a => new AnalyzerOutcome(a.Registered.Analyzer, a.Findings, a.Failure))];
    }

    /// <summary>A failure in words, as PL9999 gives it: the exception's type and message, or a description given whole.</summary>
    internal static string Describe(Exception e) =>
        e is AnalyzerFailedException ? e.Message : $"{e.GetType().Name}: {e.Message}";

    private static void Run<T, TContext>(
        List<ActiveAnalyzer> active,
        Func<ActiveAnalyzer, List<T>> callbacks,
        Func<ActiveAnalyzer, TContext> contextFor,
        Action<T, TContext> invoke)
        where TContext : RuleContext
    {
        foreach (var analyzer in active)
        {
            if (analyzer.Failure is not null) continue;
            var registered = callbacks(analyzer);
            if (registered.Count == 0) continue;
            var context = contextFor(analyzer);
            foreach (var callback in registered)
            {
                try
                {
                    invoke(callback, context);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    analyzer.Failure = e;
                    break;
                }
            }
        }
    }

    internal sealed record AnalyzerOutcome(PlanAnalyzer Analyzer, IReadOnlyList<Diagnostic> Findings, Exception? Failure);

    private sealed record RegisteredAnalyzer(PlanAnalyzer Analyzer, AnalysisRegistration Registration);

    private sealed class ActiveAnalyzer
    {
        public ActiveAnalyzer(RegisteredAnalyzer registered, Func<List<Diagnostic>, RuleContext> context)
        {
            Registered = registered;
            Context = context(Findings);
        }

        public RegisteredAnalyzer Registered { get; }
        public List<Diagnostic> Findings { get; } = [];

        /// <summary>The plan-level context, which the concern and action contexts of this analyzer's run derive from.</summary>
        public RuleContext Context { get; }

        /// <summary>The context of the concern being visited, shared by that concern's action contexts.</summary>
        public ConcernContext? Concern { get; set; }

        public Exception? Failure { get; set; }
    }
}
