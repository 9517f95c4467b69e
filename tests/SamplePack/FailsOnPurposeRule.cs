using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace SamplePack;

/// <summary>SAMPLE9001: off by default; when a test turns it on it throws, to show a failing pack rule becomes PL9999 and the run completes.</summary>
public sealed class FailsOnPurposeRule() : ConcernRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = new(
        "SAMPLE9001",
        "Fails on purpose (for tests)",
        "never reported",
        RuleCategory.Structure,
        Severity.Error,
        EnabledByDefault: false,
        Name: "FailsOnPurpose",
        HelpUri: "https://example.org/planlint-sample-pack/SAMPLE9001");

    public override void Analyze(Concern concern, ConcernContext context) =>
        throw new InvalidOperationException($"sample failure on recommendation {concern.Id}");
}
