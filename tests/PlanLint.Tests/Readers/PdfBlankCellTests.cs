using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Rules;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

/// <summary>
/// A blank owner or date cell below an entry of the same recommendation: a ruled page shows where each cell ends, so the
/// blank is missing (PL1001, PL2001); on a page without ruling lines it looks exactly like the lower part of a taller
/// cell, so it is unknown and said once (PL0002), however many of the recommendation's other actions have an entry.
/// The sample's recommendation 7 gives "The Governor" and a date beside actions 1–12 and nothing beside action 13.
/// </summary>
public sealed class PdfBlankCellTests
{
    private static (PlanAction Last, Concern Concern, IReadOnlyList<Diagnostic> Findings) ReadRecommendation7(bool ruled)
    {
        var read = PlanReaders.Default.Read("plan.pdf", PdfPlanBuilder.Build(WordPlanBuilder.SamplePlan(), ruled));
        var plan = read.Plan.ShouldNotBeNull(string.Join("; ", read.Diagnostics.Select(d => d.Message)));
        var concern = plan.Concerns.Single(c => c.Id == "7");
        concern.Actions.Count.ShouldBe(13);
        var findings = new AnalyzerEngine(BuiltInRules.Create()).Analyze(plan, AnalysisOptions.Default)
            .Where(d => d.Message.Contains("recommendation 7", StringComparison.OrdinalIgnoreCase)).ToList();
        return (concern.Actions[^1], concern, findings);
    }

    [Fact]
    public void On_a_ruled_page_a_blank_below_an_entry_is_missing()
    {
        var (last, concern, findings) = ReadRecommendation7(ruled: true);

        last.Owner.ShouldBeNull();
        last.ReadingOf(PlanFields.Owner).IsRead.ShouldBeTrue();
        last.ReadingOf(PlanFields.TargetDate).IsRead.ShouldBeTrue();
        concern.ReadingNotes.ShouldBeEmpty();
        findings.Select(d => d.Id).ShouldContain(MissingOwnerRule.Id);
        findings.Select(d => d.Id).ShouldContain(MissingTargetDateRule.Id);
    }

    [Fact]
    public void On_an_unruled_page_a_blank_below_an_entry_is_unknown_and_said_once()
    {
        var (last, concern, findings) = ReadRecommendation7(ruled: false);

        last.Owner.ShouldBeNull();
        last.ReadingOf(PlanFields.Owner).IsUnknown.ShouldBeTrue();
        last.ReadingOf(PlanFields.TargetDate).IsUnknown.ShouldBeTrue();
        concern.ReadingNotes.Select(n => (n.Rule, string.Join(",", n.Actions))).ShouldBe([(RuleIds.OwnersNotAlignedWithActions, "13"), (RuleIds.OwnersNotAlignedWithActions, "13")]);
        findings.Select(d => d.Id).ShouldNotContain(MissingOwnerRule.Id);
        findings.Select(d => d.Id).ShouldNotContain(MissingTargetDateRule.Id);
        findings.Where(d => d.Id == RuleIds.OwnersNotAlignedWithActions).Select(d => d.Message)
            .ShouldAllBe(m => m.Contains("on a page without ruling lines", StringComparison.Ordinal));
    }
}
