using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Linting;
using PlanLint.Linting.Baselines;
using PlanLint.Model;
using PlanLint.Rules.Accountable;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Baselines;

/// <summary>Adopting PlanLint on an existing plan: record today's findings, then report only new ones.</summary>
public sealed class BaselineTests : TempFolderTest
{
    private static JsonObject Plan() => TestPlans.TwoRecommendations();

    private string WritePlan(JsonObject plan) => Folder.Write("plans/a.plan.json", TestPlans.Json(plan));

    private static List<string> FindingLines(string output) =>
        [.. output.ReplaceLineEndings("\n").Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^.+\(\d+,\d+\): (error|warning|info) "))];

    [Fact]
    public void Round_trip_check_baseline_edit_one_action_reports_only_the_new_finding()
    {
        string plan = WritePlan(Plan());
        string baseline = Folder.Path("planlint.baseline.json");
        TestPlans.RunCli("check", plan).Exit.ShouldBe(1);

        var (written, writtenOutput, _) = TestPlans.RunCli("baseline", plan, "-o", baseline);
        written.ShouldBe(0);
        writtenOutput.Trim().ShouldBe($"Wrote 4 findings from 1 file to {baseline}.");

        var (clean, cleanOutput, cleanError) = TestPlans.RunCli("check", plan, "--baseline", baseline);
        clean.ShouldBe(0);
        FindingLines(cleanOutput).ShouldBeEmpty();
        cleanError.ShouldContain($"4 findings already in {baseline} not shown.");
        cleanOutput.ShouldNotContain("already in", customMessage: "baseline news goes to standard error, so a report on standard output stays valid");

        // Edit one action (action 2 loses its owner) and move every line (a new header field at the top).
        var edited = Plan();
        edited["concerns"]![0]!["actions"]![1]!["owner"] = null;
        var withHeader = new JsonObject { ["submitted"] = "2025-01-29" };
        foreach (var (key, value) in edited) withHeader[key] = value?.DeepClone();
        WritePlan(withHeader);

        var (exit, output, _) = TestPlans.RunCli("check", plan, "--baseline", baseline);
        exit.ShouldBe(1);
        var lines = FindingLines(output);
        lines.ShouldHaveSingleItem().ShouldContain("error PL1001: Action 2 of recommendation 1 ('Second action.') has no responsible owner");
        output.ShouldContain("Checked 1 file: 1 error, 0 warnings, 0 notes.");
    }

    [Fact]
    public void Findings_are_marked_new_unchanged_or_absent()
    {
        string plan = WritePlan(Plan());
        var linter = PlanLinter.CreateDefault();
        var before = linter.LintFiles([plan], TestPlans.SingleThreaded);
        var baseline = Baseline.From(before, Folder.Root);

        var fixedPlan = Plan();
        fixedPlan["concerns"]![0]!["actions"]![0]!["owner"] = "Head of Safety";
        fixedPlan["concerns"]![1]!["actions"]![0]!["targetDate"] = "June 2025";
        fixedPlan["concerns"]![1]!["actions"]![0]!["owner"] = null;
        WritePlan(fixedPlan);
        var after = linter.LintFiles([plan], TestPlans.SingleThreaded);

        var comparison = BaselineComparison.Compare(after, baseline, Folder.Root, linter.Engine.Descriptors);

        var states = comparison.Results.Single().Diagnostics.Select(d => $"{d.BaselineState} {d.Id} {d.LogicalName}").ToList();
        states.ShouldBe(
        [
            "Absent PL1001 rec 1/action 1",
            "Absent PL2002 rec 2/action 1",
            "Unchanged PL2002 rec 1/action 1",
            "Unchanged PL2002 rec 1/action 2",
            "New PL1001 rec 2/action 1",
        ], ignoreOrder: true);
        comparison.Absent.ShouldBe(2);
        comparison.Pruned.Entries.Select(e => e.Rule + " " + e.RecId + "/" + e.ActionIndex).ShouldBe(["PL2002 1/1", "PL2002 1/2"], ignoreOrder: true);
        comparison.Results.Single().Diagnostics.Where(d => d.CountsTowardsExitCode).Select(d => d.Id).ShouldBe([MissingOwnerRule.Id]);
    }

    [Fact]
    public void Identical_findings_need_one_entry_each()
    {
        var d = new Diagnostic
        {
            Descriptor = EngineDiagnostics.InvalidPlan,
            Severity = Severity.Error,
            Message = "m",
            Location = SourceLocation.File(Folder.Path("a.plan.json")),
            RecId = "1",
            SubjectText = "same text",
        };
        var one = new FileResult(Folder.Path("a.plan.json"), [d], false);
        var two = new FileResult(Folder.Path("a.plan.json"), [d, d], false);

        var comparison = BaselineComparison.Compare([two], Baseline.From([one], Folder.Root), Folder.Root, []);

        comparison.Results.Single().Diagnostics.Select(x => x.BaselineState).ShouldBe([BaselineState.Unchanged, BaselineState.New], ignoreOrder: true);
    }

    [Fact]
    public void Fixed_findings_are_reported_and_pruned_on_request()
    {
        string plan = WritePlan(Plan());
        string baseline = Folder.Path("planlint.baseline.json");
        TestPlans.RunCli("baseline", plan, "-o", baseline).Exit.ShouldBe(0);
        var fixedPlan = Plan();
        fixedPlan["concerns"]![0]!["actions"]![0]!["owner"] = "Head of Safety";
        WritePlan(fixedPlan);

        var (exit, output, error) = TestPlans.RunCli("check", plan, "--baseline", baseline);
        exit.ShouldBe(0);
        error.ShouldContain($"1 entry of {baseline} no longer occurs:");
        error.ShouldContain($"  fixed: {plan} rec 1/action 1: PL1001: Action 1 of recommendation 1 ('First action.') has no responsible owner; name the post accountable for it");
        error.ShouldContain("Run with --prune-baseline to drop them from the baseline.");
        output.ShouldNotContain("no longer occur");
        Baseline.Read(baseline).Entries.Count.ShouldBe(4);

        var (pruneExit, _, pruned) = TestPlans.RunCli("check", plan, "--baseline", baseline, "--prune-baseline");
        pruneExit.ShouldBe(0);
        pruned.ShouldContain($"Pruned 1 entry from {baseline}.");
        Baseline.Read(baseline).Entries.Select(e => e.Rule).ShouldBe(["PL2002", "PL2002", "PL2002"]);
        Directory.GetFiles(Folder.Root, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();

        TestPlans.RunCli("check", plan, "--baseline", baseline).Error.ShouldNotContain("no longer occur");
    }

    [Fact]
    public void The_baseline_file_is_sorted_relative_and_free_of_line_numbers()
    {
        string plan = WritePlan(Plan());
        string baseline = Folder.Path("config/planlint.baseline.json");

        TestPlans.RunCli("baseline", plan, "-o", baseline).Exit.ShouldBe(0);

        using var doc = JsonDocument.Parse(File.ReadAllText(baseline));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        findings.Count.ShouldBe(4);
        findings.ShouldAllBe(f => f.GetProperty("file").GetString() == "../plans/a.plan.json");
        findings.Select(f => f.GetProperty("fingerprint").GetString()).ShouldBe(findings.Select(f => f.GetProperty("fingerprint").GetString()).Order(StringComparer.Ordinal));
        findings.SelectMany(f => f.EnumerateObject().Select(p => p.Name)).Distinct().Order()
            .ShouldBe(["action", "file", "fingerprint", "message", "recommendation", "rule", "severity"]);
        File.ReadAllText(baseline).ShouldNotContain("\r");
    }

    [Fact]
    public void Entries_for_files_not_linted_this_run_are_kept_and_not_reported()
    {
        string plan = WritePlan(Plan());
        string other = Folder.Write("plans/b.plan.json", TestPlans.Json(Plan()));
        string baseline = Folder.Path("planlint.baseline.json");
        TestPlans.RunCli("baseline", plan, other, "-o", baseline).Exit.ShouldBe(0);

        var (exit, _, error) = TestPlans.RunCli("check", plan, "--baseline", baseline, "--prune-baseline");

        exit.ShouldBe(0);
        error.ShouldNotContain("no longer occur");
        Baseline.Read(baseline).Entries.Count.ShouldBe(8);
    }

    [Theory]
    [InlineData("{ \"version\": 2, \"findings\": [] }", "\"version\" is the number 2; it must be 1")]
    [InlineData("{ \"version\": 1, \"findings\": [ { \"rule\": \"PL1001\", \"file\": \"a.plan.json\" } ] }", "\"findings[0]\" is missing the required property \"fingerprint\"")]
    public void A_broken_baseline_stops_the_run_with_a_located_message(string content, string message)
    {
        string plan = WritePlan(Plan());
        string baseline = Folder.Write("planlint.baseline.json", content);

        var (exit, output, error) = TestPlans.RunCli("check", plan, "--baseline", baseline);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldStartWith($"planlint: {baseline}(1,");
        error.Trim().ShouldEndWith(message);
    }

    [Fact]
    public void A_missing_baseline_or_prune_without_baseline_is_misuse()
    {
        string plan = WritePlan(Plan());

        var (missing, _, error) = TestPlans.RunCli("check", plan, "--baseline", Folder.Path("nope.json"));
        missing.ShouldBe(2);
        error.ShouldContain("The baseline file does not exist; write one with `planlint baseline`.");

        var (prune, _, pruneError) = TestPlans.RunCli("check", plan, "--prune-baseline");
        prune.ShouldBe(2);
        pruneError.Trim().ShouldBe("planlint: --prune-baseline needs --baseline FILE.");
    }
}
