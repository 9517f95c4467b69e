using System.Text.Json.Nodes;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Rules.TimeBound;
using PlanLint.Suppressions;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Suppressions;

/// <summary>Suppressions in the plan (plan, recommendation, action) and in its side file, applied by the engine.</summary>
public sealed class SuppressionTests : TempFolderTest
{
    /// <summary><see cref="TestPlans.TwoRecommendations"/> with suppressions added by place.</summary>
    private static string Plan(params (string Where, string Rule, string? Justification)[] suppressions)
    {
        var plan = TestPlans.TwoRecommendations();
        foreach (var (where, rule, justification) in suppressions)
        {
            var node = where switch
            {
                "plan" => plan,
                "rec 1" => plan["concerns"]![0]!.AsObject(),
                "rec 1/action 1" => plan["concerns"]![0]!["actions"]![0]!.AsObject(),
                "rec 1/action 2" => plan["concerns"]![0]!["actions"]![1]!.AsObject(),
                _ => throw new ArgumentException(where),
            };
            var entry = new JsonObject { ["rule"] = rule };
            if (justification is not null) entry["justification"] = justification;
            if (node["suppress"] is not JsonArray list) node["suppress"] = list = [];
            list.Add(entry);
        }

        return TestPlans.Json(plan);
    }

    private static IReadOnlyList<Diagnostic> Analyze(string json, AnalysisOptions? options = null) => TestPlans.AnalyzeAll(json, options);

    private static IEnumerable<string> Suppressed(IEnumerable<Diagnostic> findings) =>
        findings.Where(d => d.IsSuppressed).Select(d => $"{d.Id} {d.LogicalName}: {d.Suppression!.Justification}");

    [Fact]
    public void An_action_suppression_silences_its_rule_on_that_action_only()
    {
        var findings = Analyze(Plan(("rec 1/action 1", "PL2002", "Date set nationally")));

        Suppressed(findings).ShouldBe(["PL2002 rec 1/action 1: Date set nationally"]);
        var suppressed = findings.Single(d => d.IsSuppressed);
        suppressed.Suppression!.Kind.ShouldBe("inSource");
        suppressed.Suppression.Location.Pointer.ShouldBe("/concerns/0/actions/0/suppress/0");
        findings.Where(d => !d.IsSuppressed).Select(d => $"{d.Id} {d.LogicalName}").ShouldBe(
            ["PL1001 rec 1/action 1", "PL2002 rec 1/action 2", "PL2002 rec 2/action 1"], ignoreOrder: true);
    }

    [Fact]
    public void A_recommendation_suppression_covers_its_actions_and_no_others()
    {
        var findings = Analyze(Plan(("rec 1", "PL2002", "Regime review pending")));

        Suppressed(findings).ShouldBe(["PL2002 rec 1/action 1: Regime review pending", "PL2002 rec 1/action 2: Regime review pending"]);
        findings.ShouldContain(d => d.Id == "PL2002" && d.RecId == "2" && !d.IsSuppressed);
    }

    [Fact]
    public void A_plan_suppression_covers_the_whole_plan()
    {
        var findings = Analyze(Plan(("plan", "PL2002", "Dates to follow in the national plan")));

        findings.Where(d => d.Id == "PL2002").ShouldAllBe(d => d.IsSuppressed);
        findings.Count(d => d.Id == "PL2002").ShouldBe(3);
        findings.Single(d => d.Id == "PL1001").IsSuppressed.ShouldBeFalse();
    }

    [Fact]
    public void The_innermost_suppression_gives_the_justification_and_both_count_as_used()
    {
        var findings = Analyze(Plan(("plan", "PL2002", "plan reason"), ("rec 1/action 1", "PL2002", "action reason")));

        Suppressed(findings).ShouldBe(
            ["PL2002 rec 1/action 1: action reason", "PL2002 rec 1/action 2: plan reason", "PL2002 rec 2/action 1: plan reason"]);
        findings.ShouldNotContain(d => d.Id == RuleIds.UnusedSuppression);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_suppression_without_justification_still_applies_and_is_reported(string? justification)
    {
        var findings = Analyze(Plan(("rec 1/action 2", "PL2002", justification)));

        findings.Single(d => d.Id == "PL2002" && d.LogicalName == "rec 1/action 2").IsSuppressed.ShouldBeTrue();
        var d = findings.Single(d => d.Id == RuleIds.SuppressionWithoutJustification);
        d.Severity.ShouldBe(Severity.Error);
        d.Message.ShouldBe("Suppression of PL2002 on action 2 of recommendation 1 has no justification; say why the finding is acceptable");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/1/suppress/0");
        d.LogicalName.ShouldBe("rec 1/action 2");
    }

    [Fact]
    public void A_suppression_that_matches_nothing_is_reported_as_unused()
    {
        var findings = Analyze(Plan(("rec 1/action 2", "PL2001", "Date given elsewhere")));

        var d = findings.Single(d => d.Id == RuleIds.UnusedSuppression);
        d.Severity.ShouldBe(Severity.Warning);
        d.Message.ShouldBe("Suppression of PL2001 on action 2 of recommendation 1 matches no finding; remove it");
        d.Location.Pointer.ShouldBe("/concerns/0/actions/1/suppress/0");
    }

    [Fact]
    public void A_suppression_of_a_rule_that_is_turned_off_is_not_reported()
    {
        var options = new AnalysisOptions { RuleSeverities = new Dictionary<string, Severity> { [VagueTargetDateRule.Id] = Severity.None } };

        var findings = Analyze(Plan(("rec 1/action 2", "PL2002", "Reviewed")), options);

        findings.ShouldNotContain(d => d.Id == RuleIds.UnusedSuppression);
        findings.ShouldNotContain(d => d.Id == VagueTargetDateRule.Id);
    }

    [Fact]
    public void A_suppression_naming_no_rule_is_reported()
    {
        var findings = Analyze(Plan(("rec 1", "PL2020", "Typo for PL2002")));

        findings.Single(d => d.Id == RuleIds.UnusedSuppression).Message
            .ShouldBe("Suppression of PL2020 on recommendation 1 matches no finding (no rule has this id); remove it");
    }

    [Fact]
    public void Unused_suppressions_can_be_turned_off_like_any_rule()
    {
        var options = new AnalysisOptions { RuleSeverities = new Dictionary<string, Severity> { [RuleIds.UnusedSuppression] = Severity.None } };
        Analyze(Plan(("rec 1/action 2", "PL2001", "Date given elsewhere")), options).ShouldNotContain(d => d.Id == RuleIds.UnusedSuppression);
    }

    private string SideFile(string planPath, params object[] entries)
    {
        var list = new JsonArray([.. entries.Select(e => System.Text.Json.JsonSerializer.SerializeToNode(e))]);
        return Folder.Write(Path.GetFileName(SuppressionSideFile.PathFor(planPath)), TestPlans.Json(new JsonObject { ["suppressions"] = list }));
    }

    private static FileResult Lint(string planPath) => PlanLinter.CreateDefault().LintFile(planPath, TestPlans.SingleThreaded);

    [Fact]
    public void A_side_file_entry_suppresses_the_action_it_names_by_number_and_text()
    {
        string plan = Folder.Write("a.plan.json", Plan());
        string side = SideFile(plan, new { rule = "PL2002", recommendation = "1", action = 1, textFingerprint = FindingFingerprint.OfText("First action."), justification = "Agreed with HMIP" });

        var findings = Lint(plan).Diagnostics;

        Suppressed(findings).ShouldBe(["PL2002 rec 1/action 1: Agreed with HMIP"]);
        var suppression = findings.Single(d => d.IsSuppressed).Suppression!;
        suppression.Kind.ShouldBe("external");
        suppression.Location.Path.ShouldBe(side);
        suppression.Location.Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_side_file_entry_follows_its_action_when_rows_move()
    {
        string plan = Folder.Write("a.plan.json", Plan());
        SideFile(plan, new { rule = "PL2002", recommendation = "1", action = 2, textFingerprint = FindingFingerprint.OfText("First action."), justification = "Agreed" });

        Suppressed(Lint(plan).Diagnostics).ShouldBe(["PL2002 rec 1/action 1: Agreed"]);
    }

    [Fact]
    public void A_side_file_entry_for_a_whole_recommendation_or_plan_needs_no_fingerprint()
    {
        string plan = Folder.Write("a.plan.json", Plan());
        SideFile(plan, new { rule = "PL2002", recommendation = "2", justification = "Contract" }, new { rule = "PL1001", justification = "Post being recruited" });

        Suppressed(Lint(plan).Diagnostics).ShouldBe(["PL1001 rec 1/action 1: Post being recruited", "PL2002 rec 2/action 1: Contract"]);
    }

    [Fact]
    public void A_side_file_entry_lapses_when_the_action_wording_changes_and_is_reported()
    {
        string plan = Folder.Write("a.plan.json", Plan());
        string side = SideFile(
            plan,
            new { rule = "PL2002", recommendation = "1", action = 1, textFingerprint = FindingFingerprint.OfText("The old wording."), justification = "Agreed" },
            new { rule = "PL2002", recommendation = "9", justification = "Agreed" });

        var findings = Lint(plan).Diagnostics;

        findings.ShouldNotContain(d => d.IsSuppressed);
        var unused = findings.Where(d => d.Id == RuleIds.UnusedSuppression).ToList();
        unused.Select(d => d.Message).ShouldBe(
        [
            "Suppression of PL2002 on action 1 of recommendation 1 matches no finding (no action of recommendation 1 has the text it was written for); remove it",
            "Suppression of PL2002 on recommendation 9 matches no finding (the plan has no recommendation 9); remove it",
        ]);
        unused.ShouldAllBe(d => d.Location.Path == side);
    }

    [Fact]
    public void A_broken_side_file_is_a_located_finding_and_the_plan_is_still_checked()
    {
        string plan = Folder.Write("a.plan.json", Plan());
        string side = Folder.Write("a.plan.json" + SuppressionSideFile.Suffix, "{\n  \"suppressions\": [ { \"rule\": \"PL2002\", \"action\": 1 } ]\n}\n");

        var findings = Lint(plan).Diagnostics;

        var problem = findings.Single(d => d.Id == RuleIds.InvalidPlan);
        problem.Location.Path.ShouldBe(side);
        problem.Location.Line.ShouldBe(2);
        problem.Message.ShouldBe("\"suppressions[0]\" is missing the required property \"recommendation\"");
        findings.Count(d => d.Id == VagueTargetDateRule.Id).ShouldBe(3);
    }

    [Fact]
    public void Suppressed_findings_do_not_count_and_are_listed_on_request_with_their_justification()
    {
        string plan = Folder.Write("a.plan.json", Plan(("plan", "PL2002", "Dates follow the national plan"), ("rec 1/action 1", "PL1001", "Post being recruited")));

        var (exit, output, _) = TestPlans.RunCli("check", plan, "--max-warnings", "0");
        exit.ShouldBe(0);
        output.ReplaceLineEndings("\n").ShouldBe("Checked 1 file: 0 errors, 0 warnings, 0 notes, 4 suppressed.\n");

        var (shownExit, shown, _) = TestPlans.RunCli("check", plan, "--show-suppressed");
        shownExit.ShouldBe(0);
        shown.ShouldContain("error PL1001: Action 1 of recommendation 1 ('First action.') has no responsible owner; name the post accountable for it (suppressed: Post being recruited)");
        shown.Split('\n').Count(l => l.Contains("(suppressed: Dates follow the national plan)", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public void The_suppress_command_writes_a_side_file_entry_that_check_honours()
    {
        string plan = Folder.Write("a.plan.json", Plan());

        var (exit, output, error) = TestPlans.RunCli("suppress", plan, "--rule", "PL2002", "--recommendation", "1", "--action", "2", "--justification", "Set nationally");
        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.Trim().ShouldBe("Suppressed PL2002 on action 2 of recommendation 1 in a.plan.json.planlint-suppressions.json.");
        string written = File.ReadAllText(SuppressionSideFile.PathFor(plan));
        written.ShouldContain($"\"textFingerprint\": \"{FindingFingerprint.OfText("Second action.")}\"");

        Suppressed(Lint(plan).Diagnostics).ShouldBe(["PL2002 rec 1/action 2: Set nationally"]);
        Directory.GetFiles(Folder.Root, "*.tmp").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--recommendation", "7", "has no recommendation \"7\".")]
    [InlineData("--action", "1", "--action needs --recommendation.")]
    public void The_suppress_command_refuses_a_target_that_is_not_in_the_plan(string option, string value, string message)
    {
        string plan = Folder.Write("a.plan.json", Plan());

        var (exit, _, error) = TestPlans.RunCli("suppress", plan, "--rule", "PL2002", option, value, "--justification", "x");

        exit.ShouldBe(2);
        error.Trim().ShouldEndWith(message);
        File.Exists(SuppressionSideFile.PathFor(plan)).ShouldBeFalse();
    }
}
