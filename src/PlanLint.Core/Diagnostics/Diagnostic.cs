using PlanLint.Model;

namespace PlanLint.Diagnostics;

/// <summary>Another place that explains a finding, such as the other copy of a duplicated action.</summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);

/// <summary>
/// The phrase a finding is about, within one field of the node it names (the action's "text", its "owner", …):
/// <see cref="Start"/> and <see cref="Length"/> count UTF-16 code units of that field's value as read.
/// </summary>
public readonly record struct TextSpan(string Field, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>A suppression that matched a finding.</summary>
public sealed record AppliedSuppression(string Justification, SourceLocation Location, string Kind = "inSource");

/// <summary>How a finding compares with a baseline, as SARIF's result.baselineState.</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline: reported and counted.</summary>
    New,

    /// <summary>In the baseline and still present: not reported.</summary>
    Unchanged,

    /// <summary>In the baseline but no longer found: reported so the baseline can shrink, never counted.</summary>
    Absent,
}

/// <summary>One finding: which rule, how severe after configuration, what to say and where.</summary>
public sealed record Diagnostic
{
    public required RuleDescriptor Descriptor { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }

    /// <summary>
    /// The message with the plan's own words withheld (<see cref="PlanTextRedaction"/>), for outputs that must not carry
    /// plan text; null when the message was not made from a rule's format, in which case <see cref="PlanTextRedaction.MessageOf"/> decides.
    /// </summary>
    public string? RedactedMessage { get; init; }
    public required SourceLocation Location { get; init; }

    /// <summary>The recommendation or concern number as written, when the finding is about one.</summary>
    public string? RecId { get; init; }

    /// <summary>0-based position of the concern in the plan, for document order.</summary>
    public int ConcernOrdinal { get; init; } = -1;

    /// <summary>1-based position of the action within its concern, when the finding is about one action.</summary>
    public int? ActionIndex { get; init; }

    /// <summary>The text the finding is about (usually the action text); fingerprints use it so they survive edits elsewhere.</summary>
    public string? SubjectText { get; init; }

    /// <summary>The phrase the finding is about, where the rule names one (a hedge, a vague date); null otherwise.</summary>
    public TextSpan? Span { get; init; }

    /// <summary>
    /// The fact of its action the finding is about: the field it judges ("owner", "targetDate", "text"), or what the rule
    /// names instead (a hedge on when work starts is about the target date). Two findings on one action with the same fact,
    /// one rule outranking the other (<see cref="RuleDescriptor.Outranks"/>), are one fault, reported once.
    /// </summary>
    public string? Fact { get; init; }

    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];

    /// <summary>
    /// The other actions of the same recommendation the finding is about (1-based), when one cause serves several (a
    /// merged owner cell): the finding is reported once, on <see cref="ActionIndex"/>, and a suppression on any of them applies.
    /// </summary>
    public IReadOnlyList<int> AlsoActions { get; init; } = [];

    /// <summary>
    /// True when the finding judges a value the reader inferred rather than read (an owner taken from a merged cell, an
    /// action cut from a run-together paragraph): its message says so, and the engine never reports it as an error.
    /// </summary>
    public bool OnInferredValue { get; init; }
    public AppliedSuppression? Suppression { get; init; }

    /// <summary>How the finding compares with the baseline given by <c>--baseline</c>; null when there was none.</summary>
    public BaselineState? BaselineState { get; init; }

    public string Id => Descriptor.Id;
    public bool IsSuppressed => Suppression is not null;

    /// <summary>Whether the finding counts for the exit code and the summary: not suppressed, and not already in the baseline.</summary>
    public bool CountsTowardsExitCode => Suppression is null && BaselineState is null or Diagnostics.BaselineState.New;

    /// <summary>"rec 7/action 13", "rec 7", or null for plan-level findings.</summary>
    public string? LogicalName =>
        RecId is null ? null : ActionIndex is { } index ? $"rec {RecId}/action {index}" : $"rec {RecId}";
}
