using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Readers;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.Specific;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Linting;

/// <summary>The warm-up only pays if its plan still reads and reaches the rules: a schema change must not quietly turn it off.</summary>
public sealed class RuleWarmUpTests
{
    [Fact]
    public void The_warm_up_plan_reads_cleanly_and_exercises_the_wording_owner_and_date_rules()
    {
        var read = PlanReaders.Default.Read("warm-up.plan.json", RuleWarmUp.Plan);
        read.Diagnostics.ShouldBeEmpty();
        var findings = PlanLinter.CreateDefault().Lint(read.Plan.ShouldNotBeNull(), [], new LintOptions());

        findings.ShouldNotContain(d => d.Id == RuleIds.AnalyzerFailure);
        findings.Select(d => d.Id).ShouldContain(BundledActionsRule.Id);
        findings.Select(d => d.Id).ShouldContain(VagueTargetDateRule.Id);
        findings.Select(d => d.Id).ShouldContain(SharedOwnerRule.Id);
    }

    [Fact]
    public void Starting_it_beside_a_real_run_leaves_that_run_unchanged()
    {
        string plan = TestPlans.OneConcern(("Staff will be trained.", null, "Ongoing"));
        var before = TestPlans.AnalyzeAll(plan).Select(d => d.ToString()).ToList();
        RuleWarmUp.Start();
        TestPlans.AnalyzeAll(plan).Select(d => d.ToString()).ShouldBe(before);
    }
}
