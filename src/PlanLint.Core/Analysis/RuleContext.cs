using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Analysis;

/// <summary>
/// What a rule sees while it runs: the plan, the concern and action being visited, its options,
/// and <see cref="Report(RuleDescriptor, SourceLocation, object?[])"/>.
/// </summary>
public sealed class RuleContext
{
    private readonly Action<Diagnostic> sink;
    private readonly AnalysisOptions options;
    private readonly TextAnalysisCache analyses;
    private HashSet<string>? recommendationIds;

    internal RuleContext(ActionPlan plan, AnalysisOptions options, TextAnalysisCache analyses, Action<Diagnostic> sink)
    {
        Plan = plan;
        this.options = options;
        this.analyses = analyses;
        this.sink = sink;
    }

    public ActionPlan Plan { get; }

    /// <summary>The concern being visited; null in plan and plan-end callbacks.</summary>
    public Concern? Concern { get; internal set; }

    /// <summary>The action being visited; null outside action callbacks.</summary>
    public PlanAction? Action { get; internal set; }

    internal PlanAnalyzer? CurrentAnalyzer { get; set; }

    /// <summary>The options configured for a rule.</summary>
    public RuleOptions OptionsFor(RuleDescriptor descriptor) => options.OptionsFor(descriptor.Id);

    /// <summary>An analysis of a text of this plan, computed by the first rule that asks and shared with the rest.</summary>
    public T Analyze<T>(TextAnalysis<T> analysis, string text)
        where T : class => analyses.Get(analysis, text, this);

    /// <summary>
    /// A value computed once while one plan is analysed, by the first analyzer that asks for <paramref name="key"/>, and
    /// shared with the others that ask: the analyzers of a compiled pack share one round trip to their pack host.
    /// </summary>
    internal T Shared<T>(object key, Func<T> compute)
        where T : class => analyses.Shared(key, compute);

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

    /// <summary>Reports a finding about the concern and action being visited.</summary>
    public void Report(RuleDescriptor descriptor, SourceLocation location, params object?[] messageArgs) =>
        ReportOn(descriptor, Concern, Action, location, [], messageArgs);

    /// <summary>Reports a finding about the concern and action being visited, naming the phrase it is about.</summary>
    public void ReportPhrase(RuleDescriptor descriptor, SourceLocation location, TextSpan span, params object?[] messageArgs) =>
        Emit(descriptor, Concern, Action, location, [], span, messageArgs);

    /// <summary>
    /// As <see cref="ReportPhrase"/>, for a phrase that states a fact of the action other than its field's
    /// (<see cref="Diagnostic.Fact"/>: a hedge on when the work starts is about the target date).
    /// </summary>
    public void ReportPhraseAbout(RuleDescriptor descriptor, string fact, SourceLocation location, TextSpan span, params object?[] messageArgs) =>
        Emit(descriptor, Concern, Action, location, [], span, messageArgs, fact: fact);

    /// <summary>
    /// Reports a finding about one field (<see cref="PlanFields"/>) of the action being visited, or of the concern outside
    /// action callbacks. How the reader came by the field decides: a finding on an unknown field is not reported (the
    /// reading findings say what could not be read), and one on an inferred field says so and is never an error.
    /// </summary>
    public void ReportField(RuleDescriptor descriptor, string field, SourceLocation location, params object?[] messageArgs) =>
        Emit(descriptor, Concern, Action, location, [], null, messageArgs, field);

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
        Emit(descriptor, concern, action, location, related, span, messageArgs, field, [.. others.Select(a => a.Index)]);

    /// <summary>Reports a finding about a given concern and action (for plan-end checks), with related locations.</summary>
    public void ReportOn(
        RuleDescriptor descriptor,
        Concern? concern,
        PlanAction? action,
        SourceLocation location,
        IReadOnlyList<RelatedLocation> related,
        params object?[] messageArgs) =>
        Emit(descriptor, concern, action, location, related, null, messageArgs);

    private void Emit(
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
        sink(new Diagnostic
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
        if (CurrentAnalyzer is { } analyzer && !analyzer.SupportedDiagnostics.Contains(descriptor))
            throw new InvalidOperationException($"Analyzer {analyzer.Name} reported {descriptor.Id}, which it does not declare in SupportedDiagnostics.");
    }

    /// <summary>Whether a message argument is one of the plan's recommendation numbers, which redacted messages keep.</summary>
    private bool IsRecommendationId(string text)
    {
        recommendationIds ??= Plan.Concerns.Select(c => c.Id).Where(PlanTextRedaction.IsIdLike).ToHashSet(StringComparer.Ordinal);
        return recommendationIds.Contains(text);
    }
}
