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

    /// <summary>Reports a finding whose message is already formatted, plain and redacted (by the pack host that ran the rule).</summary>
    internal void ReportFormatted(
        RuleDescriptor descriptor,
        Concern? concern,
        PlanAction? action,
        SourceLocation location,
        IReadOnlyList<RelatedLocation> related,
        TextSpan? span,
        string message,
        string? redactedMessage) =>
        Emit(descriptor, concern, action, location, related, span, message, redactedMessage);

    /// <summary>Reports a finding about the concern and action being visited.</summary>
    public void Report(RuleDescriptor descriptor, SourceLocation location, params object?[] messageArgs) =>
        ReportOn(descriptor, Concern, Action, location, [], messageArgs);

    /// <summary>Reports a finding about the concern and action being visited, naming the phrase it is about.</summary>
    public void ReportPhrase(RuleDescriptor descriptor, SourceLocation location, TextSpan span, params object?[] messageArgs) =>
        Emit(descriptor, Concern, Action, location, [], span, messageArgs);

    private void Emit(
        RuleDescriptor descriptor,
        Concern? concern,
        PlanAction? action,
        SourceLocation location,
        IReadOnlyList<RelatedLocation> related,
        TextSpan? span,
        object?[] messageArgs) =>
        Emit(
            descriptor,
            concern,
            action,
            location,
            related,
            span,
            descriptor.FormatMessage(messageArgs),
            PlanTextRedaction.Format(descriptor, messageArgs, (_, text) => IsRecommendationId(text)));

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
        string message,
        string? redactedMessage)
    {
        if (CurrentAnalyzer is { } analyzer && !analyzer.SupportedDiagnostics.Contains(descriptor))
            throw new InvalidOperationException($"Analyzer {analyzer.Name} reported {descriptor.Id}, which it does not declare in SupportedDiagnostics.");

        sink(new Diagnostic
        {
            Descriptor = descriptor,
            Severity = descriptor.DefaultSeverity,
            Message = message,
            RedactedMessage = redactedMessage,
            Location = location,
            RecId = concern?.Id,
            ConcernOrdinal = concern?.Ordinal ?? -1,
            ActionIndex = action?.Index,
            SubjectText = action?.Text ?? concern?.Text,
            RelatedLocations = related,
            Span = span,
        });
    }

    /// <summary>Whether a message argument is one of the plan's recommendation numbers, which redacted messages keep.</summary>
    private bool IsRecommendationId(string text)
    {
        recommendationIds ??= Plan.Concerns.Select(c => c.Id).Where(PlanTextRedaction.IsIdLike).ToHashSet(StringComparer.Ordinal);
        return recommendationIds.Contains(text);
    }
}
