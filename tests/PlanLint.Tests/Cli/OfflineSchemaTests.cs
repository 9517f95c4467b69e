using PlanLint.Tests.Support;

namespace PlanLint.Tests.Cli;

/// <summary>Files that import and init write name a schema that resolves without a network: a relative path to a copy on disk (or what --schema says).</summary>
public sealed class OfflineSchemaTests : TempFolderTest
{
    private static readonly string Example = Repo.Path("examples", "long-lartin-2025.plan.json");

    private static string SchemaNamedBy(string file)
    {
        string first = File.ReadLines(file).First();
        const string yaml = "# yaml-language-server: $schema=";
        if (first.StartsWith(yaml, StringComparison.Ordinal)) return first[yaml.Length..];
        return System.Text.Json.JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("$schema").GetString()!;
    }

    [Theory]
    [InlineData("plans/hmp-x.plan.yaml")]
    [InlineData("plans/hmp-x.plan.json")]
    public void Import_names_a_copy_it_writes_beside_the_plan_when_there_is_none(string output)
    {
        Directory.CreateDirectory(Folder.Path("plans"));
        var (exit, stdout, error) = TestPlans.RunCliIn(Folder.Root, "import", Example, "-o", output);

        exit.ShouldBe(0, error);
        SchemaNamedBy(Folder.Path(output)).ShouldBe("schema/action-plan.schema.json");
        File.ReadAllText(Folder.Path("plans/schema/action-plan.schema.json")).ShouldBe(File.ReadAllText(Repo.Path("schema", "action-plan.schema.json")));
        stdout.ShouldContain("Wrote plans/schema/action-plan.schema.json, the schema it names");
    }

    [Fact]
    public void Import_names_the_nearest_existing_copy_with_a_relative_path_and_writes_none()
    {
        Folder.Write(".git/HEAD", "ref: refs/heads/main");
        Folder.Write("schema/action-plan.schema.json", "{}");
        Directory.CreateDirectory(Folder.Path("plans/2025"));

        var (exit, stdout, _) = TestPlans.RunCliIn(Folder.Root, "import", Example, "-o", "plans/2025/hmp-x.plan.yaml");

        exit.ShouldBe(0);
        SchemaNamedBy(Folder.Path("plans/2025/hmp-x.plan.yaml")).ShouldBe("../../schema/action-plan.schema.json");
        Directory.Exists(Folder.Path("plans/2025/schema")).ShouldBeFalse();
        stdout.ShouldNotContain("schema it names");
    }

    [Fact]
    public void Import_keeps_a_URL_given_with_schema()
    {
        const string url = "https://planlint.github.io/schema/action-plan.schema.json";
        TestPlans.RunCliIn(Folder.Root, "import", Example, "-o", "plan.json", "--schema", url).Exit.ShouldBe(0);
        SchemaNamedBy(Folder.Path("plan.json")).ShouldBe(url);
        Directory.Exists(Folder.Path("schema")).ShouldBeFalse();
    }

    [Fact]
    public void Init_writes_the_schemas_it_names_and_a_URL_base_instead_when_asked()
    {
        TestPlans.RunCliIn(Folder.Root, "init", "--plan", "json").Exit.ShouldBe(0);
        SchemaNamedBy(Folder.Path("planlint.json")).ShouldBe("schema/planlint-config.schema.json");
        SchemaNamedBy(Folder.Path("action-plan.plan.json")).ShouldBe("schema/action-plan.schema.json");
        File.Exists(Folder.Path("schema/planlint-config.schema.json")).ShouldBeTrue();
        File.Exists(Folder.Path("schema/action-plan.schema.json")).ShouldBeTrue();

        using var other = new TempFolder();
        TestPlans.RunCliIn(other.Root, "init", "--schema", "https://planlint.github.io/schema").Exit.ShouldBe(0);
        SchemaNamedBy(other.Path("planlint.json")).ShouldBe("https://planlint.github.io/schema/planlint-config.schema.json");
        Directory.Exists(other.Path("schema")).ShouldBeFalse();
    }

    [Fact]
    public void A_new_side_file_names_the_nearest_schema_copy_or_else_the_published_URL()
    {
        string plan = Folder.Write("plans/a.plan.json", TestPlans.OneConcern(("Work will continue to review the regime.", "Head of Residence", "Ongoing")));
        Folder.Write(".git/HEAD", "ref: refs/heads/main");
        TestPlans.RunCliIn(Folder.Root, "suppress", plan, "--rule", "PL2002", "--justification", "Set nationally").Exit.ShouldBe(0);
        SchemaNamedBy(plan + ".planlint-suppressions.json").ShouldBe("https://planlint.github.io/schema/planlint-suppressions.schema.json");

        File.Delete(plan + ".planlint-suppressions.json");
        TestPlans.RunCliIn(Folder.Root, "schema", "suppressions", "-o", "schema/planlint-suppressions.schema.json").Exit.ShouldBe(0);
        TestPlans.RunCliIn(Folder.Root, "suppress", plan, "--rule", "PL2002", "--justification", "Set nationally").Exit.ShouldBe(0);
        SchemaNamedBy(plan + ".planlint-suppressions.json").ShouldBe("../schema/planlint-suppressions.schema.json");
    }
}
