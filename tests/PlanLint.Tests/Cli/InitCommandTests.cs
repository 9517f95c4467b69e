using PlanLint.Readers;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-init-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Writes_a_starter_config_and_a_json_plan_that_reads_and_lints_clean()
    {
        var (exit, output, _) = TestPlans.RunCli("init", "--plan", "json", "-C", folder);
        exit.ShouldBe(0);
        output.ShouldContain("planlint.json");
        File.Exists(Path.Combine(folder, "planlint.json")).ShouldBeTrue();

        string plan = Path.Combine(folder, "action-plan.plan.json");
        PlanReaders.Default.ReadFile(plan).Diagnostics.ShouldBeEmpty();
        var (checkExit, checkOutput, _) = TestPlans.RunCli("check", plan);
        checkOutput.ShouldContain("0 errors");
        checkExit.ShouldBe(0);
    }

    [Fact]
    public void The_starter_config_matches_its_schema_and_is_accepted_by_check()
    {
        TestPlans.RunCli("init", "--plan", "json", "-C", folder).Exit.ShouldBe(0);
        string config = Path.Combine(folder, "planlint.json");

        var schema = new PlanLint.Json.SchemaCheck(File.ReadAllText(Repo.Path("schema", "planlint-config.schema.json")), "configuration schema");
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(config));
        schema.Check(doc.RootElement).ShouldBeEmpty();

        // check finds and uses it (a broken configuration would exit 2).
        var (exit, _, error) = TestPlans.RunCli("check", Path.Combine(folder, "action-plan.plan.json"));
        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        TestPlans.RunCli("config", "--print", Path.Combine(folder, "action-plan.plan.json")).Output.ShouldContain(config);
    }

    [Fact]
    public void The_yaml_skeleton_reads_clean_and_names_the_schema_for_editors()
    {
        TestPlans.RunCli("init", "--plan", "yaml", "-C", folder).Exit.ShouldBe(0);
        string plan = Path.Combine(folder, "action-plan.plan.yaml");
        File.ReadAllLines(plan)[0].ShouldBe("# yaml-language-server: $schema=schema/action-plan.schema.json");
        File.ReadAllText(Path.Combine(folder, "schema", "action-plan.schema.json")).ShouldBe(File.ReadAllText(Repo.Path("schema", "action-plan.schema.json")));
        PlanReaders.Default.ReadFile(plan).Diagnostics.ShouldBeEmpty();
        var (exit, output, _) = TestPlans.RunCli("check", plan);
        output.ShouldContain("0 errors");
        exit.ShouldBe(0);
    }

    [Fact]
    public void Never_overwrites_an_existing_file_unless_forced()
    {
        string config = Path.Combine(folder, "planlint.json");
        File.WriteAllText(config, "{ \"mine\": true }");

        var (exit, _, error) = TestPlans.RunCli("init", "--plan", "json", "-C", folder);
        exit.ShouldBe(2);
        error.ShouldContain("planlint.json already exists; use --force");
        File.ReadAllText(config).ShouldBe("{ \"mine\": true }");
        File.Exists(Path.Combine(folder, "action-plan.plan.json")).ShouldBeFalse("nothing is written when any target exists");

        TestPlans.RunCli("init", "-C", folder, "--force").Exit.ShouldBe(0);
        File.ReadAllText(config).ShouldContain("\"extends\": \"recommended\"");
    }

    [Fact]
    public void Leaves_no_temporary_files_behind()
    {
        TestPlans.RunCli("init", "--plan", "yaml", "-C", folder).Exit.ShouldBe(0);
        Directory.GetFiles(folder).Select(Path.GetFileName).Order().ShouldBe(["action-plan.plan.yaml", "planlint.json"]);
    }
}
