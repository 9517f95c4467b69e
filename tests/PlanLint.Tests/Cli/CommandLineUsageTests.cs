using PlanLint.Linting;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>Misuse gets one plain line that says what was meant, exit code 2; a failure inside PlanLint gets its own code and a bug-report line.</summary>
public sealed class CommandLineUsageTests : TempFolderTest
{
    private static readonly string Example = Repo.Path("examples", "long-lartin-2025.plan.json");

    [Theory]
    [InlineData(new[] { "chek", "plan.json" }, "planlint: 'chek' is not a planlint command; did you mean 'planlint check'? Commands: check, rules, explain, baseline, config, suppress, init, import, annotate, render, schema.")]
    [InlineData(new[] { "check", "plan.json", "--max-warning", "0" }, "planlint: unknown option '--max-warning' for 'planlint check'; did you mean '--max-warnings'?")]
    [InlineData(new[] { "check", "plan.json", "--max-warnings", "abc" }, "planlint: --max-warnings takes a whole number of 0 or more, not 'abc'.")]
    [InlineData(new[] { "check", "plan.json", "--max-warnings", "-1" }, "planlint: --max-warnings takes a whole number of 0 or more, not '-1'.")]
    [InlineData(new[] { "check", "plan.json", "--max-warnings", "1.5" }, "planlint: --max-warnings takes a whole number of 0 or more, not '1.5'.")]
    [InlineData(new[] { "check", "plan.json", "--format", "jsn" }, "planlint: --format takes console, sarif, json, html or markdown, not 'jsn'; did you mean 'json'?")]
    [InlineData(new[] { "init", "--plan", "xml" }, "planlint: --plan takes json or yaml, not 'xml'; did you mean 'yaml'?")]
    [InlineData(new[] { "suppress", "plan.json", "--rule", "PL2002", "--justification", "x", "--recommendation", "1", "--action", "first" }, "planlint: --action takes a whole number of 1 or more (the action's position in its recommendation), not 'first'.")]
    [InlineData(new[] { "schema", "confg" }, "planlint: 'planlint schema' takes plan, config, suppressions, baseline, rule-pack or phrase-list, not 'confg'; did you mean 'config'?")]
    [InlineData(new[] { "explain" }, "planlint: 'planlint explain' needs <rule>: The rule id, e.g. PL2007 (or its name, e.g. DistantTargetDate).")]
    [InlineData(new[] { "--verison" }, "planlint: unknown option '--verison' for 'planlint'; did you mean '--version'?")]
    [InlineData(new string[0], "planlint: give a command: check, rules, explain, baseline, config, suppress, init, import, annotate, render, schema.")]
    public void Misuse_is_one_plain_line_with_what_was_meant_and_exit_2(string[] args, string message)
    {
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, args);

        exit.ShouldBe(ExitCodes.Usage);
        output.ShouldBeEmpty();
        var lines = error.TrimEnd('\n').Split('\n');
        lines[0].ShouldBe(message);
        lines[^1].ShouldStartWith("Run 'planlint ");
        lines.Length.ShouldBe(2);
        error.ShouldNotContain("System.");
    }

    [Fact]
    public void Max_warnings_zero_fails_on_a_warning()
    {
        string plan = Folder.Write("a.plan.json", TestPlans.OneConcern(("Work will continue to review the regime.", "Head of Residence", "Ongoing")));
        TestPlans.RunCliIn(Folder.Root, "check", plan).Exit.ShouldBe(0);
        var (exit, _, error) = TestPlans.RunCliIn(Folder.Root, "check", plan, "--max-warnings", "0");
        exit.ShouldBe(1);
        error.ShouldContain("more than --max-warnings 0");
    }

    [Theory]
    [InlineData("PL9876", "planlint: no rule has the id PL9876. 'planlint rules' lists them all.")]
    [InlineData("PL3302", "planlint: no rule has the id PL3302; did you mean PL3002? 'planlint rules' lists them all.")]
    [InlineData("PL0001", "planlint: findings of PL0001 (InvalidPlan) cannot be suppressed: a file that cannot be read as a plan is never acceptable; fix the file.")]
    [InlineData("PL0007", "planlint: findings of PL0007 (SuppressionWithoutJustification) cannot be suppressed: it is about a suppression itself; write the justification.")]
    [InlineData("PL9999", "planlint: findings of PL9999 (AnalyzerFailure) cannot be suppressed: a rule that failed is a bug in PlanLint or a rule pack, not a finding about the plan; report it.")]
    public void Suppress_refuses_rules_that_do_not_exist_or_cannot_be_suppressed_and_writes_nothing(string rule, string message)
    {
        string plan = Folder.Write("a.plan.json", File.ReadAllText(Example));
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "suppress", plan, "--rule", rule, "--justification", "Agreed");
        exit.ShouldBe(ExitCodes.Usage);
        output.ShouldBeEmpty();
        error.ShouldBe(message + "\n");
        Directory.GetFiles(Folder.Root).ShouldBe([plan]);
    }

    [Fact]
    public void Suppress_accepts_a_rule_that_check_accepts_and_check_then_honours_it()
    {
        string plan = Folder.Write("a.plan.json", TestPlans.OneConcern(("Work will continue to review the regime.", "Head of Residence", "Ongoing")));
        TestPlans.RunCliIn(Folder.Root, "check", plan, "--no-color").Output.ShouldContain("PL2002");
        TestPlans.RunCliIn(Folder.Root, "suppress", plan, "--rule", "PL2002", "--recommendation", "1", "--action", "1", "--justification", "Set nationally").Exit.ShouldBe(0);
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "check", plan, "--no-color");
        error.ShouldBeEmpty();
        output.ShouldNotContain("PL2002");
        exit.ShouldBe(0);
    }

    [Fact]
    public void Explain_prints_the_rule_page_with_its_title_why_examples_options_and_how_to_suppress()
    {
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "explain", "PL2007");

        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        var lines = output.Split('\n');
        lines[0].ShouldBe("# PL2007: DistantTargetDate");
        lines[1].ShouldBe("Distant target dates need an interim milestone (Time-bound, note by default)");
        foreach (var section in new[] { "## What it flags", "## Why it matters", "## Non-compliant", "## Compliant", "## Options", "## How to suppress" })
            lines.ShouldContain(section);
        output.ShouldContain("| `horizonMonths` | whole number | `12` | at least 1 |");
        output.ShouldNotContain("\u001b[", customMessage: "no colour when the output is not a terminal");
        TestPlans.RunCliIn(Folder.Root, "explain", "distanttargetdate").Output.ShouldBe(output);
    }

    [Fact]
    public void Explain_shows_a_pack_rule_from_its_descriptor_with_its_declared_options()
    {
        File.Copy(SamplePack.AssemblyPath, Folder.Path("SamplePack.dll"));
        Folder.Write("planlint.json", """{ "root": true, "packs": ["SamplePack.dll"] }""");

        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "explain", "SAMPLE0001");

        exit.ShouldBe(0, error);
        output.ShouldStartWith("# SAMPLE0001: OwnerIsAPerson\n");
        output.ShouldContain("- `titles` (list of text, default `[\"Mr\",\"Mrs\",\"Ms\",\"Miss\",\"Dr\"]`, at least one entry, none empty):");
        output.ShouldContain("See https://example.org/planlint-sample-pack/SAMPLE0001");
    }

    [Fact]
    public void Explain_says_what_was_meant_for_an_unknown_rule()
    {
        var (exit, output, error) = TestPlans.RunCliIn(Folder.Root, "explain", "PL207");
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe("planlint: no rule has the id or name 'PL207'; did you mean PL2007? 'planlint rules' lists them all.\n");
    }

    [Theory]
    [InlineData("plan", "action-plan.schema.json")]
    [InlineData("config", "planlint-config.schema.json")]
    [InlineData("suppressions", "planlint-suppressions.schema.json")]
    [InlineData("baseline", "planlint-baseline.schema.json")]
    [InlineData("rule-pack", "rule-pack.schema.json")]
    [InlineData("phrase-list", "phrase-list.schema.json")]
    public void Schema_prints_or_writes_the_schema_the_tool_carries(string name, string file)
    {
        string expected = File.ReadAllText(Repo.Path("schema", file));
        TestPlans.RunCliIn(Folder.Root, "schema", name).Output.ShouldBe(expected.ReplaceLineEndings("\n"));

        var (exit, output, _) = TestPlans.RunCliIn(Folder.Root, "schema", name, "-o", "out/" + file);
        exit.ShouldBe(0);
        output.ShouldStartWith($"Wrote out/{file}");
        File.ReadAllText(Folder.Path("out/" + file)).ShouldBe(expected);
    }

    [Fact]
    public void Every_schema_in_the_repository_ships_with_the_tool()
    {
        Directory.GetFiles(Repo.Path("schema"), "*.schema.json").Select(Path.GetFileName).Order()
            .ShouldBe(Schemas.All.Select(s => s.FileName).Order());
    }

    [Fact]
    public void An_internal_failure_asks_for_a_bug_report_with_its_own_exit_code()
    {
        // A writer that fails is a failure inside PlanLint, not anything the user did.
        var (exit, error) = RunWithFailingOutput("rules");
        exit.ShouldBe(ExitCodes.InternalError);
        exit.ShouldNotBe(ExitCodes.Usage);
        var lines = error.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("planlint: internal error, a bug in PlanLint ");
        lines[1].ShouldBe($"Please report it at {PlanLint.Cli.PlanLintCommandLine.IssuesUrl} with the command you ran (exit code 3).");
    }

    private (int Exit, string Error) RunWithFailingOutput(params string[] args)
    {
        var error = new StringWriter();
        int exit = PlanLint.Cli.PlanLintCommandLine.Run(args, new FailingWriter(), error, Folder.Root);
        return (exit, error.ToString().ReplaceLineEndings("\n"));
    }

    private sealed class FailingWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("simulated failure");
    }
}
