using PlanLint.Analysis;
using PlanLint.Diagnostics;

namespace SamplePack;

// Rules that take down the process they run in, each off by default: the tests turn one on to show that PlanLint, which
// runs compiled packs in a pack host process, reports it as PL9999 for the pack and fails the run instead of dying or
// hanging with it.

/// <summary>SAMPLE9002: ends the process with exit code 0, as a careless pack might.</summary>
public sealed class ExitsOnPurposeRule() : PlanRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = Misbehaving.Descriptor("SAMPLE9002", "ExitsOnPurpose");

    public override void Analyze(RuleContext context) => Environment.Exit(0);
}

/// <summary>SAMPLE9003: never returns.</summary>
public sealed class HangsOnPurposeRule() : PlanRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = Misbehaving.Descriptor("SAMPLE9003", "HangsOnPurpose");

    public override void Analyze(RuleContext context) => Thread.Sleep(Timeout.Infinite);
}

/// <summary>SAMPLE9004: recurses until the stack overflows, which no catch can stop.</summary>
public sealed class OverflowsOnPurposeRule() : PlanRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = Misbehaving.Descriptor("SAMPLE9004", "OverflowsOnPurpose");

    public override void Analyze(RuleContext context) => context.Plan.Concerns.Count.ShouldNotBe(Depth(0));

    private static int Depth(int depth) => Depth(depth + 1) + 1;
}

/// <summary>SAMPLE9005: loops for ever, keeping a core busy.</summary>
public sealed class LoopsOnPurposeRule() : PlanRule(Descriptor)
{
    public static readonly RuleDescriptor Descriptor = Misbehaving.Descriptor("SAMPLE9005", "LoopsOnPurpose");

    private static readonly bool Stop = Environment.GetEnvironmentVariable("SAMPLE_NEVER_SET") == "stop";

    public override void Analyze(RuleContext context)
    {
        long spins = 0;
        while (!Volatile.Read(in Stop)) spins++;
        context.Report(Descriptor, context.Plan.Location, spins);
    }
}

internal static class Misbehaving
{
    public static RuleDescriptor Descriptor(string id, string name) => new(
        id,
        $"{name} (for tests)",
        "never reported {0}",
        RuleCategory.Structure,
        Severity.Error,
        EnabledByDefault: false,
        Name: name,
        HelpUri: $"https://example.org/planlint-sample-pack/{id}");

    public static void ShouldNotBe(this int value, int other)
    {
        if (value == other) throw new InvalidOperationException("unreachable");
    }
}
