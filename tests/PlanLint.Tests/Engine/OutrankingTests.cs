using System.Text.Json.Nodes;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.Specific;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Engine;

/// <summary>One fault, one finding: a rule that outranks another (RuleDescriptor.Outranks) on the same fact of one action.</summary>
public sealed class OutrankingTests
{
    private const string TwoOrganisations = "NHS England & Northamptonshire Healthcare NHS Foundation Trust";

    private static readonly AnalyzerEngine OwnerRules = new([new GenericOwnerRule(), new SharedOwnerRule()]);
    private static readonly AnalyzerEngine DateRules = new([new WeakCommitmentRule(), new StartInsteadOfDeadlineRule()]);

    private static string OwnedBy(string owner) => TestPlans.OneConcern(("Long term condition nurses will be recruited.", owner, "March 2025"));

    [Fact]
    public void Both_rules_find_the_owner_cell_of_two_organisations_on_their_own()
    {
        var plan = TestPlans.Read(OwnedBy(TwoOrganisations));
        new AnalyzerEngine([new GenericOwnerRule()]).Analyze(plan, AnalysisOptions.Default).ShouldHaveSingleItem().Id.ShouldBe(GenericOwnerRule.Id);
        new AnalyzerEngine([new SharedOwnerRule()]).Analyze(plan, AnalysisOptions.Default).ShouldHaveSingleItem().Id.ShouldBe(SharedOwnerRule.Id);
    }

    [Fact]
    public void Together_the_more_specific_rule_reports_the_cell_once_at_the_higher_severity()
    {
        var d = OwnerRules.Analyze(TestPlans.Read(OwnedBy(TwoOrganisations)), AnalysisOptions.Default).ShouldHaveSingleItem();
        d.Id.ShouldBe(SharedOwnerRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void A_finding_the_outranking_rule_does_not_make_is_kept()
    {
        // A post and an organisation: PL1003 only. One organisation: PL1002 only.
        OwnerRules.Analyze(TestPlans.Read(OwnedBy("Governor / Amey")), AnalysisOptions.Default).ShouldHaveSingleItem().Id.ShouldBe(SharedOwnerRule.Id);
        var alone = OwnerRules.Analyze(TestPlans.Read(OwnedBy("HMPPS")), AnalysisOptions.Default).ShouldHaveSingleItem();
        alone.Id.ShouldBe(GenericOwnerRule.Id);
    }

    [Fact]
    public void With_the_outranking_rule_turned_off_the_other_reports()
    {
        var options = new AnalysisOptions { RuleSeverities = new Dictionary<string, Severity> { [SharedOwnerRule.Id] = Severity.None } };
        var d = OwnerRules.Analyze(TestPlans.Read(OwnedBy(TwoOrganisations)), options).ShouldHaveSingleItem();
        d.Id.ShouldBe(GenericOwnerRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void With_the_outranking_finding_suppressed_the_other_reports()
    {
        var json = JsonNode.Parse(OwnedBy(TwoOrganisations))!;
        json["concerns"]![0]!["actions"]![0]!["suppress"] = new JsonArray(new JsonObject { ["rule"] = SharedOwnerRule.Id, ["justification"] = "Joint commissioning" });

        var findings = OwnerRules.Analyze(TestPlans.Read(json.ToJsonString()), AnalysisOptions.Default);

        findings.Single(d => d.Id == SharedOwnerRule.Id).IsSuppressed.ShouldBeTrue();
        findings.Single(d => d.Id == GenericOwnerRule.Id).IsSuppressed.ShouldBeFalse();
    }

    [Fact]
    public void A_hedge_on_when_the_work_starts_is_the_start_date_finding_only()
    {
        string plan = TestPlans.OneConcern(("A new kitchen is underway, with work anticipated to start on site in January 2026.", "Head of Estates", "Commencing January 2026"));

        DateRules.Analyze(TestPlans.Read(plan), AnalysisOptions.Default).ShouldHaveSingleItem().Id.ShouldBe(StartInsteadOfDeadlineRule.Id);

        var off = new AnalysisOptions { RuleSeverities = new Dictionary<string, Severity> { [StartInsteadOfDeadlineRule.Id] = Severity.None } };
        DateRules.Analyze(TestPlans.Read(plan), off).ShouldHaveSingleItem().Id.ShouldBe(WeakCommitmentRule.Id);
    }

    [Fact]
    public void A_hedge_on_something_else_is_its_own_fault_beside_a_start_date()
    {
        string plan = TestPlans.OneConcern(("Leaders will explore options for a new kitchen.", "Head of Estates", "Commencing January 2026"));

        DateRules.Analyze(TestPlans.Read(plan), AnalysisOptions.Default).Select(d => d.Id).Order()
            .ShouldBe([StartInsteadOfDeadlineRule.Id, WeakCommitmentRule.Id]);
    }

    [Fact]
    public void A_hedge_on_the_start_stays_when_the_target_is_a_deadline()
    {
        string plan = TestPlans.OneConcern(("A new kitchen is underway, with work anticipated to start on site in January 2026.", "Head of Estates", "December 2026"));

        DateRules.Analyze(TestPlans.Read(plan), AnalysisOptions.Default).ShouldHaveSingleItem().Id.ShouldBe(WeakCommitmentRule.Id);
    }
}
