using PlanLint.Tests.Support;

namespace PlanLint.Tests.StartUp;

/// <summary>
/// Issue 18: a run on valid files does no work they do not need. JsonSchema.Net (whose module initialiser builds every
/// meta-schema and dialect, more work than linting a plan) is loaded only for a JSON file the quick shape check rejects:
/// a planlint process checking a valid plan with every kind of JSON file PlanLint reads (configuration with rule
/// options, a declarative rule pack in YAML and JSON, a suppression side file, a baseline) must not load it. The
/// process reports what it loaded through a startup hook (<see cref="StartupHook"/>), not through the shipped CLI.
/// </summary>
public sealed class StartUpWorkTests : TempFolderTest
{
    private static readonly string[] SchemaEvaluator = ["JsonSchema.Net", "JsonPointer.Net", "Json.More"];

    [Fact]
    public void Checking_a_valid_plan_with_configuration_pack_suppressions_and_baseline_does_not_load_the_schema_evaluator()
    {
        WriteProject();
        CliProcess.Run(Folder.Root, "suppress", "plan.plan.json", "--rule", "PL1001", "--recommendation", "7", "--action", "13", "--justification", "Owner named in the covering letter.")
            .ExitCode.ShouldBe(0);
        CliProcess.Run(Folder.Root, "baseline", "plan.plan.json", "-o", "planlint.baseline.json").ExitCode.ShouldBe(0);
        File.Exists(Folder.Path("plan.plan.json.planlint-suppressions.json")).ShouldBeTrue();

        var (run, loaded) = Check("check", "plan.plan.json", "--baseline", "planlint.baseline.json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Error.ShouldContain("planlint.baseline.json not shown");
        loaded.ShouldContain("PlanLint.Linting");
        loaded.ShouldNotContain(a => SchemaEvaluator.Contains(a), string.Join(", ", loaded));
    }

    [Fact]
    public void Checking_one_plan_without_globs_loads_neither_globbing_nor_parallel_linting()
    {
        File.Copy(Repo.Path("examples", "long-lartin-2025.plan.json"), Folder.Path("plan.plan.json"));
        Folder.Write("planlint.json", """{ "root": true, "rules": { "PL6003": "note" } }""");

        var (run, loaded) = Check("check", "plan.plan.json");

        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        run.Output.ShouldContain("Checked 1 file");
        string[] unneeded = [.. SchemaEvaluator, "Microsoft.Extensions.FileSystemGlobbing", "System.Threading.Tasks.Parallel"];
        loaded.ShouldNotContain(a => unneeded.Contains(a), string.Join(", ", loaded));
    }

    [Theory]
    [InlineData("planlint.json", """{ "root": true, "rulez": {} }""", "Unknown property \"rulez\"")]
    [InlineData("plan.plan.json.planlint-suppressions.json", """{ "suppressions": [{ "rule": "PL1001", "action": 13 }] }""", "missing the required property \"recommendation\"")]
    [InlineData("house/HOUSE0002.json", """{ "id": "HOUSE0002", "name": "Plain", "kind": "existence", "message": "m", "severity": "loud", "category": "Specific", "scope": "action", "helpUri": "https://example.org/HOUSE0002", "phrases": ["x"] }""", "\"severity\" is \"loud\"")]
    public void A_file_the_shape_check_rejects_is_explained_by_the_schema_evaluator(string file, string content, string message)
    {
        // The control: the same set-up with one file broken loads JsonSchema.Net for the message, so the test above can fail.
        WriteProject();
        Folder.Write(file, content);

        var (run, loaded) = Check("check", "plan.plan.json");

        run.ExitCode.ShouldNotBe(0);
        (run.Output + run.Error).ShouldContain(message);
        loaded.ShouldContain("JsonSchema.Net");
    }

    private void WriteProject()
    {
        File.Copy(Repo.Path("examples", "long-lartin-2025.plan.json"), Folder.Path("plan.plan.json"));
        Folder.Write("planlint.json", """
            {
              "root": true,
              "rules": { "PL2007": { "options": { "horizonMonths": 18 } }, "PL6003": "note" },
              "overrides": [{ "files": "*.draft.plan.json", "rules": { "PL2002": "none" } }],
              "packs": ["house"]
            }
            """);
        Folder.Write("house/HOUSE0001.yaml", """
            id: HOUSE0001
            name: AvoidJargon
            kind: existence
            message: "Action {action} of recommendation {recommendation} says '{match}'; say plainly what will be done"
            severity: warning
            category: Specific
            scope: [action, owner]
            helpUri: https://intranet.example.org/planlint/HOUSE0001
            phrases: [going forward, best practice]
            """);
        Folder.Write("house/HOUSE0003.json", """
            { "id": "HOUSE0003", "name": "PlainWords", "kind": "substitution", "message": "Use '{suggestion}' rather than '{match}'",
              "severity": "note", "category": "Specific", "scope": "action", "helpUri": "https://intranet.example.org/planlint/HOUSE0003",
              "swap": { "utilise": "use" } }
            """);
    }

    private (ToolRun Run, IReadOnlyList<string> Loaded) Check(params string[] arguments)
    {
        string report = Folder.Path("loaded-assemblies.txt");
        var run = CliProcess.Run(Folder.Root, new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
            [StartupHook.OutputVariable] = report,
        }, arguments);
        File.Exists(report).ShouldBeTrue($"the startup hook wrote nothing: {run.Error}");
        return (run, File.ReadAllLines(report));
    }
}
