using PlanLint.Diagnostics;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Packs;

/// <summary>tests/SamplePack, a compiled rule pack, loaded the way a team's own pack would be.</summary>
/// <remarks>Not beside <see cref="PackHostTests"/>, which shortens the pack host's time budget for the whole process.</remarks>
[Collection(nameof(PackHostBudget))]
public sealed class CompiledPackTests : TempFolderTest
{
    private string Config(string extra = "") =>
        Folder.Write("planlint.json", $$"""{ "root": true, "packs": [{{System.Text.Json.JsonSerializer.Serialize(SamplePack.AssemblyPath)}}]{{extra}} }""");

    private string PlanOwnedBy(string owner) =>
        Folder.Write("a.plan.json", TestPlans.OneConcern(("Quality assurance of ACCT processes will be completed.", owner, "March 2025")));

    [Fact]
    public void The_pack_runs_in_its_pack_host_never_in_PlanLint()
    {
        Config();

        var (exit, output, error) = TestPlans.RunCli("check", PlanOwnedBy("Mr J Smith"));

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("warning SAMPLE0001: Owner 'Mr J Smith'");
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).ShouldNotContain("SamplePack");
    }

    [Fact]
    public void Its_rule_fires_on_a_plan_and_its_descriptor_shows_in_rules_and_config()
    {
        string config = Config();
        string plan = PlanOwnedBy("Mr J Smith");

        var (exit, output, error) = TestPlans.RunCli("check", plan);
        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("): warning SAMPLE0001: Owner 'Mr J Smith' of action 1 of recommendation 1 names a person; name the post accountable instead");

        var (_, rules, _) = TestPlans.RunCli("rules", "--config", config);
        rules.ShouldContain("SAMPLE0001  warning  Accountable  Owners should be posts, not named people");
        rules.ShouldContain("SAMPLE9001  error    Structure    Fails on purpose (for tests)");

        var (_, printed, _) = TestPlans.RunCli("config", "--print", plan);
        printed.ShouldContain("SAMPLE0001  warning  default");
        printed.ShouldContain("SAMPLE9001  none     default");
    }

    [Fact]
    public void Its_options_are_checked_by_its_own_schema_and_reach_the_rule()
    {
        Config(""", "rules": { "SAMPLE0001": { "options": { "titles": ["Sgt"] } } }""");

        TestPlans.RunCli("check", PlanOwnedBy("Sgt Jones")).Output.ShouldContain("warning SAMPLE0001: Owner 'Sgt Jones'");
        TestPlans.RunCli("check", PlanOwnedBy("Mr J Smith")).Output.ShouldNotContain("SAMPLE0001");

        Config(""", "rules": { "SAMPLE0001": { "options": { "titles": 5 } } }""");
        var (exit, _, error) = TestPlans.RunCli("check", PlanOwnedBy("Mr J Smith"));
        exit.ShouldBe(2);
        error.ShouldStartWith($"planlint: {Folder.Path("planlint.json")}(1,");
        error.Trim().ShouldEndWith("Option \"titles\" of SAMPLE0001 must be a list, not the number 5");
    }

    [Fact]
    public void A_pack_rule_that_throws_becomes_PL9999_and_the_run_completes()
    {
        Config(""", "rules": { "SAMPLE9001": "error" }""");
        string plan = Folder.Write("a.plan.json", TestPlans.OneConcern(("First.", "Mr J Smith", "Ongoing")));

        var (exit, output, error) = TestPlans.RunCli("check", plan);

        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        output.ShouldContain("error PL9999: Rule SAMPLE9001 FailsOnPurpose failed and was skipped for this plan: InvalidOperationException: sample failure on recommendation 1");
        output.ShouldContain("warning SAMPLE0001: Owner 'Mr J Smith'");
        output.ShouldContain("warning PL2002: Target date 'Ongoing'");
    }

    [Theory]
    [InlineData("not-an-assembly.dll", "Rule pack not-an-assembly.dll cannot be loaded: it is not a .NET assembly.")]
    [InlineData("missing.dll", "Rule pack 'missing.dll' does not exist.")]
    public void A_pack_that_cannot_load_stops_the_run_with_exit_code_2(string name, string message)
    {
        if (name.StartsWith("not", StringComparison.Ordinal))
            Folder.Write(name, "MZ this is not a PE file");
        string config = Folder.Write("planlint.json", $$"""{ "root": true, "packs": ["{{name}}"] }""");
        string plan = PlanOwnedBy("Head of Safety");

        var (exit, output, error) = TestPlans.RunCli("check", plan);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe($"planlint: {config}(1,{File.ReadAllText(config).IndexOf(name, StringComparison.Ordinal)}): {message}");
    }

    [Fact]
    public void A_pack_is_never_loaded_unless_the_configuration_names_it()
    {
        File.Copy(SamplePack.AssemblyPath, Folder.Path("SamplePack.dll"));
        Folder.Write("planlint.json", """{ "root": true }""");
        string plan = PlanOwnedBy("Mr J Smith");

        TestPlans.RunCli("check", plan).Output.ShouldNotContain("SAMPLE0001");
        TestPlans.RunCli("rules", "--config", Folder.Path("planlint.json")).Output.ShouldNotContain("SAMPLE0001");
    }

    [Fact]
    public void A_pack_may_not_take_a_built_in_id()
    {
        var descriptor = new RuleDescriptor("PL1001", "t", "m", RuleCategory.Structure, Severity.Error);
        descriptor.Id.ShouldStartWith("PL");
        // Declarative packs refuse PL ids when loading (see DeclarativePackTests); compiled packs are checked by LintSetup.
        string pack = Folder.Write("house/r.yml", "id: HOUSE0001\nname: Rule\nkind: existence\nmessage: m\nseverity: note\ncategory: Specific\nscope: action\nhelpUri: https://example.org/r\nphrases: [x]\n");
        Folder.Write("house2/r.yml", File.ReadAllText(pack));
        Folder.Write("planlint.json", """{ "root": true, "packs": ["house", "house2"] }""");

        var (exit, _, error) = TestPlans.RunCli("check", PlanOwnedBy("Head of Safety"));

        exit.ShouldBe(2);
        error.Trim().ShouldEndWith("Rule pack house2 declares HOUSE0001, which rule pack house already declares; rule ids must be unique.");
    }
}
