using PlanLint.Analysis;
using PlanLint.Analysis.Hosting;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Packs;

[CollectionDefinition(nameof(PackHostBudget), DisableParallelization = true)]
public sealed class PackHostBudget;

/// <summary>
/// Compiled packs run in a pack host process: a pack that exits, hangs, overflows its stack or loops costs its own
/// findings on that plan (PL9999 for the pack), never the run, and the run fails (exit 1), never exit 0.
/// </summary>
[Collection(nameof(PackHostBudget))]
public sealed class PackHostTests : TempFolderTest, IDisposable
{
    private readonly string? budgetBefore = Environment.GetEnvironmentVariable("PLANLINT_PACK_TIMEOUT");

    public PackHostTests() => Environment.SetEnvironmentVariable("PLANLINT_PACK_TIMEOUT", "2");

    private void Config(string rule, string extra = "") =>
        Folder.Write("planlint.json", $$"""{ "root": true, "packs": [{{System.Text.Json.JsonSerializer.Serialize(SamplePack.AssemblyPath)}}], "rules": { "{{rule}}": "error" }{{extra}} }""");

    private string Plan(string name, string owner = "Mr J Smith") =>
        Folder.Write(name, TestPlans.OneConcern(("Quality assurance of ACCT processes will be completed.", owner, "Ongoing")));

    [Theory]
    [InlineData("SAMPLE9002", "its pack host exited with code 0 before it answered")]
    [InlineData("SAMPLE9003", "its pack host did not answer within 2 s (a rule that hangs or never ends?), so it was stopped")]
    [InlineData("SAMPLE9004", "Stack overflow")]
    [InlineData("SAMPLE9005", "its pack host did not answer within 2 s (a rule that hangs or never ends?), so it was stopped")]
    public void A_pack_that_takes_its_process_down_is_PL9999_for_the_pack_on_each_plan_and_the_run_fails(string rule, string why)
    {
        Config(rule);
        string a = Plan("a.plan.json"), b = Plan("b.plan.json");

        var (exit, output, error) = TestPlans.RunCli("check", a, b);

        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        var failures = output.Split('\n').Where(l => l.Contains("error PL9999: Rule pack SamplePack.dll failed and was skipped for this plan: ", StringComparison.Ordinal)).ToList();
        failures.Count.ShouldBe(2, output);
        failures.ShouldAllBe(l => l.Contains(why, StringComparison.Ordinal));
        // The built-in rules still ran on both plans; the pack's other rule lost its findings with the host.
        output.Split('\n').Count(l => l.Contains("warning PL2002: Target date 'Ongoing'", StringComparison.Ordinal)).ShouldBe(2);
        output.ShouldNotContain("SAMPLE0001");
    }

    [Fact]
    public void A_host_that_keeps_failing_is_not_started_again_after_three_plans()
    {
        Config("SAMPLE9002");
        string[] plans = [.. Enumerable.Range(1, 4).Select(i => Plan($"p{i}.plan.json"))];

        var (exit, output, _) = TestPlans.RunCli(["check", .. plans]);

        exit.ShouldBe(1);
        output.Split('\n').Count(l => l.Contains("its pack host exited with code 0 before it answered", StringComparison.Ordinal)).ShouldBe(PlanLint.Linting.Packs.HostedPack.MaxHostFailures);
        output.Split('\n').Count(l => l.Contains("its pack host already failed on 3 plans in this run, so it was not started again", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void A_run_a_rule_did_not_complete_fails_even_when_its_PL9999_is_in_the_baseline()
    {
        Config("SAMPLE9002");
        string plan = Plan("a.plan.json", owner: "Head of Safety");
        string baseline = Folder.Path("planlint.baseline.json");
        TestPlans.RunCli("baseline", plan, "-o", baseline).Exit.ShouldBe(0);
        File.ReadAllText(baseline).ShouldContain("PL9999");

        var (exit, output, error) = TestPlans.RunCli("check", plan, "--baseline", baseline);

        output.ShouldNotContain("error PL9999");
        exit.ShouldBe(1);
        error.ShouldContain("planlint: 1 rule failed and was skipped (PL9999, suppressed or in the baseline), so the run did not complete.");
    }

    [Fact]
    public void A_bad_time_budget_is_refused_before_any_plan_is_read()
    {
        Environment.SetEnvironmentVariable("PLANLINT_PACK_TIMEOUT", "soon");
        Config("SAMPLE0001");

        var (exit, _, error) = TestPlans.RunCli("check", Plan("a.plan.json"));

        exit.ShouldBe(2);
        error.Trim().ShouldEndWith("PLANLINT_PACK_TIMEOUT must be a positive number of seconds.");
    }

    [Fact]
    public void Places_the_host_names_by_pointer_are_the_places_in_the_source()
    {
        var plan = TestPlans.Read(TestPlans.OneConcern(("First.", "Mr J Smith", "March 2025"), ("Second.", null, "April 2025")));
        var action = plan.Concerns[0].Actions[1];

        PackProtocol.Resolve(plan, "/concerns/0/actions/1/targetDate").ShouldBe(action.LocationOf(PlanFields.TargetDate));
        PackProtocol.Resolve(plan, "/concerns/0/actions/1").ShouldBe(action.Location);
        PackProtocol.Resolve(plan, "/concerns/0/text").ShouldBe(plan.Concerns[0].LocationOf(PlanFields.Text));
        PackProtocol.Resolve(plan, "/establishment").ShouldBe(plan.LocationOf(PlanFields.Establishment));
        // Places PlanLint does not know fall back to the nearest node it does, never to a wrong one.
        PackProtocol.Resolve(plan, "/concerns/0/actions/7/owner").ShouldBe(plan.Concerns[0].Location);
        PackProtocol.Resolve(plan, "/concerns/9").ShouldBe(plan.Location);
        PackProtocol.Resolve(plan, null).ShouldBe(plan.Location);
    }

    [Theory]
    [InlineData("inferred", "warning SAMPLE0001: Owner 'Mr J Smith' of action 1 of recommendation 1 names a person; name the post accountable instead (text inferred: cut from a paragraph the extraction ran together)")]
    [InlineData("unknown", null)]
    public void A_pack_rule_in_the_host_judges_what_the_reader_inferred_as_a_built_in_rule_does(string status, string? expected)
    {
        Config("SAMPLE0001");
        var plan = System.Text.Json.Nodes.JsonNode.Parse(TestPlans.OneConcern(("Quality assurance of ACCT processes will be completed.", "Mr J Smith", "March 2025")))!;
        plan["concerns"]![0]!["actions"]![0]!["reading"] = new System.Text.Json.Nodes.JsonObject
        {
            ["text"] = new System.Text.Json.Nodes.JsonObject { ["status"] = status, ["why"] = "cut from a paragraph the extraction ran together" },
        };
        string path = Folder.Write("a.plan.json", plan.ToJsonString());

        var (exit, output, _) = TestPlans.RunCli("check", path, "--console-view", "canonical");

        // Configured as an error, but a finding on an inferred value never blocks; on an unknown one it is not made.
        if (expected is null) output.ShouldNotContain("SAMPLE0001");
        else output.ShouldContain(expected);
        output.ShouldNotContain("error SAMPLE0001");
        exit.ShouldBe(0, output);
    }

    [Fact]
    public void A_descriptor_crosses_the_protocol_unchanged()
    {
        var descriptor = new RuleDescriptor("HOUSE0001", "Title", "Message {0}", RuleCategory.Measurable, Severity.Note, EnabledByDefault: false, Description: "Why", Name: "House", HelpUri: "https://example.org/h")
        {
            Precision = RulePrecision.Medium,
            Options = [RuleOption.Integer("horizonMonths", 12, "How far ahead a date may be.", minimum: 1), RuleOption.TextList("titles", ["Mr", "Dr"], "Words that start a name.")],
        };
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer))
            PackProtocol.WriteDescriptor(w, descriptor);

        using var read = System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory);
        var crossed = PackProtocol.ReadDescriptor(read.RootElement);
        crossed.ShouldBe(descriptor with { Options = crossed.Options });
        crossed.OptionsSchema.ShouldBe(descriptor.OptionsSchema);
        crossed.Options.Select(o => (o.Name, o.Description, o.TypeName, o.DefaultJson, o.Allowed))
            .ShouldBe(descriptor.Options.Select(o => (o.Name, o.Description, o.TypeName, o.DefaultJson, o.Allowed)));
    }

    void IDisposable.Dispose()
    {
        Environment.SetEnvironmentVariable("PLANLINT_PACK_TIMEOUT", budgetBefore);
        Dispose();
    }
}
