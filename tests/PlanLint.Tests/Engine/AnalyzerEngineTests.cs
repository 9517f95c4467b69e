using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Rules.Accountable;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Engine;

public sealed class AnalyzerEngineTests
{
    private static readonly string Plan = TestPlans.OneConcern(
        ("First action.", null, "Ongoing"),
        ("Second action.", "The Governor", null));

    [Fact]
    public void An_analyzer_that_throws_becomes_PL9999_and_the_others_still_report()
    {
        var engine = new AnalyzerEngine([new ThrowingRule(), new MissingOwnerRule(), new MissingTargetDateRule()]);
        var findings = engine.Analyze(TestPlans.Read(Plan), AnalysisOptions.Default);

        findings.Select(d => d.Id).Order().ShouldBe([MissingOwnerRule.Id, MissingTargetDateRule.Id, RuleIds.AnalyzerFailure]);
        var failure = findings.Single(d => d.Id == RuleIds.AnalyzerFailure);
        failure.Message.ShouldBe("Rule TEST0001 Throwing failed and was skipped for this plan: InvalidOperationException: boom on action 1");
    }

    [Fact]
    public void Severity_overrides_change_the_level_and_none_turns_a_rule_off()
    {
        var options = new AnalysisOptions
        {
            RuleSeverities = new Dictionary<string, Severity> { [MissingOwnerRule.Id] = Severity.Warning },
            CategorySeverities = new Dictionary<RuleCategory, Severity> { [RuleCategory.TimeBound] = Severity.None },
        };
        var findings = new AnalyzerEngine([new MissingOwnerRule(), new MissingTargetDateRule(), new VagueTargetDateRule()])
            .Analyze(TestPlans.Read(Plan), options);

        var d = findings.ShouldHaveSingleItem();
        d.Id.ShouldBe(MissingOwnerRule.Id);
        d.Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void Findings_come_out_in_document_order_whatever_order_the_rules_run_in()
    {
        var forward = new AnalyzerEngine([new MissingOwnerRule(), new MissingTargetDateRule(), new VagueTargetDateRule()]).Analyze(TestPlans.Read(Plan), AnalysisOptions.Default);
        var backward = new AnalyzerEngine([new VagueTargetDateRule(), new MissingTargetDateRule(), new MissingOwnerRule()]).Analyze(TestPlans.Read(Plan), AnalysisOptions.Default);

        forward.Select(d => d.Id).ShouldBe([MissingOwnerRule.Id, VagueTargetDateRule.Id, MissingTargetDateRule.Id]);
        backward.Select(d => (d.Id, d.Location.Line)).ShouldBe(forward.Select(d => (d.Id, d.Location.Line)));
    }

    [Fact]
    public void A_rule_may_not_report_a_descriptor_it_does_not_declare()
    {
        var findings = new AnalyzerEngine([new UndeclaredReporter()]).Analyze(TestPlans.Read(Plan), AnalysisOptions.Default);
        findings.ShouldHaveSingleItem().Id.ShouldBe(RuleIds.AnalyzerFailure);
    }

    [Fact]
    public void Callbacks_run_for_the_plan_each_concern_each_action_and_the_plan_end()
    {
        var recorder = new RecordingAnalyzer();
        new AnalyzerEngine([recorder]).Analyze(TestPlans.Read(Plan), AnalysisOptions.Default);
        recorder.Calls.ShouldBe(["plan", "concern 1", "action 1.1", "action 1.2", "end"]);
    }

    [Fact]
    public void A_text_analysis_is_computed_once_per_text_per_plan_and_shared_by_every_rule_that_asks()
    {
        int computed = 0;
        var analysis = new TextAnalysis<string>(text => { computed++; return text.ToUpperInvariant(); });
        var seen = new List<string>();
        var first = new AnalysingRule(analysis, seen);
        var second = new AnalysingRule(analysis, seen);
        var engine = new AnalyzerEngine([first, second]);
        string plan = TestPlans.OneConcern(("Same text.", "The Governor", "March 2025"), ("Same text.", "The Governor", "March 2025"), ("Other text.", "The Governor", "March 2025"));

        engine.Analyze(TestPlans.Read(plan), AnalysisOptions.Default);
        computed.ShouldBe(2, "two distinct texts, however many rules and actions ask");
        seen.ShouldBe(["SAME TEXT.", "SAME TEXT.", "SAME TEXT.", "SAME TEXT.", "OTHER TEXT.", "OTHER TEXT."]);

        engine.Analyze(TestPlans.Read(plan), AnalysisOptions.Default);
        computed.ShouldBe(4, "results are dropped with the plan, not kept for the next one");
    }

    /// <summary>A rule asking with a copy of the text (another string object, the same words) gets the result already worked out.</summary>
    [Fact]
    public void A_text_analysis_is_found_by_the_text_not_by_the_string_object()
    {
        int computed = 0;
        var analysis = new TextAnalysis<string>(text => { computed++; return text.ToUpperInvariant(); });
        var seen = new List<string>();
        var engine = new AnalyzerEngine([new AnalysingRule(analysis, seen), new AnalysingRule(analysis, seen, copyText: true)]);

        engine.Analyze(TestPlans.Read(TestPlans.OneConcern(("One text.", "The Governor", "March 2025"))), AnalysisOptions.Default);
        computed.ShouldBe(1);
        seen.ShouldBe(["ONE TEXT.", "ONE TEXT."]);
    }

    private sealed class AnalysingRule(TextAnalysis<string> analysis, List<string> seen, bool copyText = false) : ActionRule(ThrowingRule.Descriptor)
    {
        public override void Analyze(PlanAction action, ActionContext context) =>
            seen.Add(context.Analyze(analysis, copyText ? new string(action.Text.AsSpan()) : action.Text));
    }

    private sealed class ThrowingRule() : ActionRule(Descriptor)
    {
        public static readonly RuleDescriptor Descriptor = new("TEST0001", "Throws", "never", RuleCategory.Structure, Severity.Error, Name: "Throwing");

        public override string Name => "TEST0001 Throwing";

        public override void Analyze(PlanAction action, ActionContext context) =>
            throw new InvalidOperationException($"boom on action {action.Index}");
    }

    private sealed class UndeclaredReporter() : ActionRule(Declared)
    {
        private static readonly RuleDescriptor Declared = new("TEST0002", "Declared", "x", RuleCategory.Structure, Severity.Error, Name: "Declared");

        public override void Analyze(PlanAction action, ActionContext context) =>
            context.Report(MissingOwnerRule.Descriptor, action.Location, 1, "1");
    }

    private sealed class RecordingAnalyzer : PlanAnalyzer
    {
        private static readonly RuleDescriptor Descriptor = new("TEST0003", "Records", "x", RuleCategory.Structure, Severity.Note, Name: "Records");

        public List<string> Calls { get; } = [];

        public override IReadOnlyList<RuleDescriptor> SupportedDiagnostics => [Descriptor];

        public override void Initialize(AnalysisRegistration registration)
        {
            registration.RegisterPlanAction(_ => Calls.Add("plan"));
            registration.RegisterConcernAction(ctx => Calls.Add($"concern {ctx.Concern.Id}"));
            registration.RegisterActionAction(ctx => Calls.Add($"action {ctx.Concern.Id}.{ctx.Action.Index}"));
            registration.RegisterPlanEndAction(_ => Calls.Add("end"));
        }
    }
}
