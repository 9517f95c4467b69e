using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Formatters;

/// <summary>Everything a machine-readable report needs about one run of <c>planlint check</c>.</summary>
public sealed record LintReport
{
    /// <summary>Every file linted, in input order, with its findings in <see cref="DiagnosticOrder"/>; paths are absolute.</summary>
    public required IReadOnlyList<ReportedFile> Files { get; init; }

    /// <summary>Every enabled rule with the level configuration gave it, whether or not it found anything.</summary>
    public required IReadOnlyList<ReportedRule> Rules { get; init; }

    /// <summary>The folder report paths are relative to (the repository root in CI).</summary>
    public required string RootDirectory { get; init; }

    /// <summary>The arguments planlint was run with, without the program name.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>
    /// Whether outputs that leave the machine (SARIF, JSON, Markdown) must leave out the plan's own words
    /// (<c>--redact-plan-text</c> or "redactPlanText" in planlint.json): messages become their redacted form.
    /// </summary>
    public bool RedactPlanText { get; init; }

    public DateTimeOffset StartTimeUtc { get; init; }
    public DateTimeOffset EndTimeUtc { get; init; }
}

public sealed record ReportedFile(string Path, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The plan as read, for reports that show it beside its findings; null when it could not be read or was not kept.</summary>
    public ActionPlan? Plan { get; init; }
}

public sealed record ReportedRule(RuleDescriptor Descriptor, Severity Level);

/// <summary>A machine-readable output format.</summary>
public interface IReportFormatter
{
    /// <summary>The name used with <c>--format</c>.</summary>
    string Name { get; }

    void Write(LintReport report, Stream stream);
}
