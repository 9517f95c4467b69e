using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Analysis;

/// <summary>
/// What a rule sees while it runs: the plan, its options, the shared text analyses, and the ways to report. The engine
/// gives plan and plan-end callbacks this context, concern callbacks a <see cref="ConcernContext"/> and action callbacks
/// an <see cref="ActionContext"/>, in which the concern and action being visited are never null.
/// </summary>
public class RuleContext
{
    private readonly RuleRun run;

    internal RuleContext(ActionPlan plan, AnalysisOptions options, TextAnalysisCache analyses, Action<Diagnostic> sink, PlanAnalyzer? analyzer)
        : this(new RuleRun(plan, options, analyses, sink, analyzer), null, null)
    {
    }

    private protected RuleContext(RuleContext parent, Concern? concern, PlanAction? action)
        : this(parent.run, concern, action)
    {
    }

    private RuleContext(RuleRun run, Concern? concern, PlanAction? action)
    {
        this.run = run;
        VisitedConcern = concern;
        VisitedAction = action;
    }

    public ActionPlan Plan => run.Plan;

    private protected Concern? VisitedConcern { get; }

    private protected PlanAction? VisitedAction { get; }

    /// <summary>The options configured for a rule.</summary>
    public RuleOptions OptionsFor(RuleDescriptor descriptor) => run.Options.OptionsFor(descriptor.Id);

    /// <summary>An analysis of a text of this plan, computed by the first rule that asks and shared with the rest.</summary>
    public T Analyze<T>(TextAnalysis<T> analysis, string text)
        where T : class => run.Analyses.Get(analysis, text, this);

    /// <summary>
    /// A value computed once while one plan is analysed, by the first analyzer that asks for <paramref name="key"/>, and
    /// shared with the others that ask: the analyzers of a compiled pack share one round trip to their pack host.
    /// </summary>
    internal T Shared<T>(object key, Func<T> compute)
        where T : class => run.Analyses.Shared(key, compute);

    /// <summary>
    /// Reports a finding whose message is already formatted, plain and redacted, by the pack host that ran the rule: the
    /// host's own context has already consulted the readings (skipped findings on unknown fields, said which were inferred).
    /// </summary>
    internal void ReportFormatted(
        RuleDescriptor descriptor,
        Concern? concern,
        PlanAction? action,
        SourceLocation location,
        IReadOnlyList<RelatedLocation> related,
        TextSpan? span,
        string message,
        string? redactedMessage,
        bool onInferredValue,
        IReadOnlyList<int> alsoActions)
    {
        EnsureDeclared(descriptor);
        Emit(descriptor, concern, action, location, related, span, message, redactedMessage, onInferredValue, alsoActions);
    }

    /// <summary>Reports a finding about what is being visited: the plan, or the concern or action of a derived context.</summary>
    public void Report(RuleDescriptor descriptor, SourceLocation location, params object?[] messageArgs) =>
        ReportOn(descriptor, VisitedConcern, VisitedAction, location, [], messageArgs);

    /// <summary>
    /// Reports one finding about a field that several actions of a concern share (one merged owner cell): on
    /// <paramref name="action"/>, with the others as related locations, so it is said once and a suppression on any of them
    /// applies. <paramref name="span"/> names the phrase of the field the finding is about, where the rule can name one.
    /// </summary>
    public void ReportShared(
        RuleDescriptor descriptor,
        Concern concern,
        PlanAction action,
        IReadOnlyList<PlanAction> others,
        string field,
        SourceLocation location,
        IReadOnlyList<RelatedLocation> related,
        TextSpan? span,
        params object?[] messageArgs) =>
        Emit(descriptor, concern, action, location, related, span, messageArgs, field, IndexesOf(others));

    /// <summary>Reports a finding about a given concern and action (for plan-end checks), with related locations.</summary>
    public void ReportOn(
        RuleDescriptor descriptor,
        Concern? concern,
        PlanAction? action,
        SourceLocation location,
        IReadOnlyList<RelatedLocation> related,
        params object?[] messageArgs) =>
        Emit(descriptor, concern, action, location, related, null, messageArgs);

    private static int[] IndexesOf(IReadOnlyList<PlanAction> actions)
    {
        var indexes = new int[actions.Count];
        for (int i = 0; i < indexes.Length; i++) indexes[i] = actions[i].Index;
        return indexes;
    }

    private protected void Emit(
        RuleDescriptor descriptor,
        Concern? concern,
        PlanAction? action,
        SourceLocation location,
        IReadOnlyList<RelatedLocation> related,
        TextSpan? span,
        object?[] messageArgs,
        string? field = null,
        IReadOnlyList<int>? alsoActions = null,
        string? fact = null)
    {
        EnsureDeclared(descriptor);
        string message = descriptor.FormatMessage(messageArgs);
        string redactedClause = "";
        bool inferred = false;
        if (descriptor.Category != RuleCategory.Reading)
        {
            var basis = ReadingBasis.Of(concern, action, field ?? span?.Field);
            if (basis.Skip) return;
            if (basis.InferredClause is { } clause)
            {
                message += clause;
                // The cue quotes the plan; the redacted form says only which field was inferred.
                redactedClause = clause[..(clause.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? colon : clause.Length)] + ")";
                inferred = true;
            }
        }

        Emit(
            descriptor,
            concern,
            action,
            location,
            related,
            span,
            message,
            PlanTextRedaction.Format(descriptor, messageArgs, (_, text) => IsRecommendationId(text) || PlanTextRedaction.IsActionName(text)) + redactedClause,
            inferred,
            alsoActions ?? [],
            fact ?? field ?? span?.Field);
    }

    private void Emit(
        RuleDescriptor descriptor,
        Concern? concern,
        PlanAction? action,
        SourceLocation location,
        IReadOnlyList<RelatedLocation> related,
        TextSpan? span,
        string message,
        string? redactedMessage,
        bool onInferredValue,
        IReadOnlyList<int> alsoActions,
        string? fact = null) =>
        run.Sink(new Diagnostic
        {
            Descriptor = descriptor,
            Severity = descriptor.DefaultSeverity,
            Message = message,
            RedactedMessage = redactedMessage,
            OnInferredValue = onInferredValue,
            AlsoActions = alsoActions,
            Location = location,
            RecId = concern?.Id,
            ConcernOrdinal = concern?.Ordinal ?? -1,
            ActionIndex = action?.Index,
            SubjectText = action?.Text ?? concern?.Text,
            RelatedLocations = related,
            Span = span,
            Fact = action is null ? null : fact,
        });

    private void EnsureDeclared(RuleDescriptor descriptor)
    {
        if (run.Analyzer is { } analyzer && !analyzer.SupportedDiagnostics.Contains(descriptor))
            throw new InvalidOperationException($"Analyzer {analyzer.Name} reported {descriptor.Id}, which it does not declare in SupportedDiagnostics.");
    }

    /// <summary>Whether a message argument is one of the plan's recommendation numbers, which redacted messages keep.</summary>
    private bool IsRecommendationId(string text)
    {
        run.RecommendationIds ??= Plan.Concerns.Select(c => c.Id).Where(PlanTextRedaction.IsIdLike).ToHashSet(StringComparer.Ordinal);
        return run.RecommendationIds.Contains(text);
    }

    /// <summary>What every context of one analyzer's run over one plan shares.</summary>
    private sealed class RuleRun(ActionPlan plan, AnalysisOptions options, TextAnalysisCache analyses, Action<Diagnostic> sink, PlanAnalyzer? analyzer)
    {
        public ActionPlan Plan { get; } = plan;
        public AnalysisOptions Options { get; } = options;
        public TextAnalysisCache Analyses { get; } = analyses;
        public Action<Diagnostic> Sink { get; } = sink;
        public PlanAnalyzer? Analyzer { get; } = analyzer;
        public HashSet<string>? RecommendationIds { get; set; }
    }
}

/// <summary>What a concern callback sees: a <see cref="RuleContext"/> with the concern being visited, never null.</summary>
public class ConcernContext : RuleContext
{
    internal ConcernContext(RuleContext plan, Concern concern)
        : this(plan, concern, null)
    {
    }

    private protected ConcernContext(RuleContext parent, Concern concern, PlanAction? action)
        : base(parent, concern, action) => Concern = concern;

    /// <summary>The concern (recommendation) being visited.</summary>
    public Concern Concern { get; }

    /// <summary>Reports a finding about what is being visited, naming the phrase of a field it is about.</summary>
    public void ReportPhrase(RuleDescriptor descriptor, SourceLocation location, TextSpan span, params object?[] messageArgs) =>
        Emit(descriptor, VisitedConcern, VisitedAction, location, [], span, messageArgs);

    /// <summary>
    /// As <see cref="ReportPhrase"/>, for a phrase that states a fact of the action other than its field's
    /// (<see cref="Diagnostic.Fact"/>: a hedge on when the work starts is about the target date).
    /// </summary>
    public void ReportPhraseAbout(RuleDescriptor descriptor, string fact, SourceLocation location, TextSpan span, params object?[] messageArgs) =>
        Emit(descriptor, VisitedConcern, VisitedAction, location, [], span, messageArgs, fact: fact);

    /// <summary>
    /// Reports a finding about one field (<see cref="PlanFields"/>) of the action being visited, or of the concern in a
    /// concern callback. How the reader came by the field decides: a finding on an unknown field is not reported (the
    /// reading findings say what could not be read), and one on an inferred field says so and is never an error.
    /// </summary>
    public void ReportField(RuleDescriptor descriptor, string field, SourceLocation location, params object?[] messageArgs) =>
        Emit(descriptor, VisitedConcern, VisitedAction, location, [], null, messageArgs, field);
}

/// <summary>What an action callback sees: the action being visited and its concern, neither ever null.</summary>
public sealed class ActionContext : ConcernContext
{
    internal ActionContext(ConcernContext concern, PlanAction action)
        : base(concern, concern.Concern, action) => Action = action;

    /// <summary>The action being visited.</summary>
    public PlanAction Action { get; }

    /// <summary>"action 2 of recommendation 4.1": how a message names the action (<see cref="ActionNames.InRecommendation(Concern, PlanAction)"/>).</summary>
    public string ActionName => ActionNames.InRecommendation(Concern, Action);
}
