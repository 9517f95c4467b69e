using PlanLint.Model;

namespace PlanLint.Diagnostics;

/// <summary>Another place that explains a finding, such as the other copy of a duplicated action.</summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);

/// <summary>A suppression that matched a finding.</summary>
public sealed record AppliedSuppression(string Justification, SourceLocation Location, string Kind = "inSource");

/// <summary>One finding: which rule, how severe after configuration, what to say and where.</summary>
public sealed record Diagnostic
{
    public required RuleDescriptor Descriptor { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public required SourceLocation Location { get; init; }

    /// <summary>The recommendation or concern number as written, when the finding is about one.</summary>
    public string? RecId { get; init; }

    /// <summary>0-based position of the concern in the plan, for document order.</summary>
    public int ConcernOrdinal { get; init; } = -1;

    /// <summary>1-based position of the action within its concern, when the finding is about one action.</summary>
    public int? ActionIndex { get; init; }

    /// <summary>The text the finding is about (usually the action text); fingerprints use it so they survive edits elsewhere.</summary>
    public string? SubjectText { get; init; }

    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];
    public AppliedSuppression? Suppression { get; init; }

    public string Id => Descriptor.Id;
    public bool IsSuppressed => Suppression is not null;

    /// <summary>"rec 7/action 13", "rec 7", or null for plan-level findings.</summary>
    public string? LogicalName =>
        RecId is null ? null : ActionIndex is { } index ? $"rec {RecId}/action {index}" : $"rec {RecId}";
}
