using PlanLint.Tests.Support;

namespace PlanLint.Tests.StartUp;

/// <summary>
/// Issue 18: the ReadyToRun build precompiles PlanLint's own code, but never a framework generic (List, Dictionary,
/// HashSet, their enumerators and comparers) instantiated over a value type of PlanLint's (a struct, an enum, a tuple
/// holding one): such code is in no precompiled image, so every start JIT-compiles it. A check of a JSON plan and of a
/// Word draft is run in a real process (the JIT build, where everything is compiled, so the runtime's JIT events name
/// every instantiation the run uses; <see cref="StartupHook"/>) and may use only the instantiations listed here, each
/// for its reason. A new struct in a list on the path every check takes fails this test: make it a record class, or
/// keep it in an array.
/// </summary>
public sealed class ReadyToRunGenericsTests : TempFolderTest
{
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        // Public API of PlanLint.Core (AnalysisOptions, ResolvedConfiguration): changing it breaks compiled rule packs.
        ["System.Collections.Generic.Dictionary`2[PlanLint.Diagnostics.RuleCategory,PlanLint.Diagnostics.Severity]"] = "public API",
        ["System.Collections.Generic.Dictionary`2[PlanLint.Diagnostics.RuleCategory,System.__Canon]"] = "public API",
        ["System.Collections.Generic.Dictionary`2[System.__Canon,PlanLint.Diagnostics.Severity]"] = "public API",
        // The near-duplicate index's hot key: a struct for throughput over many plans.
        ["System.Collections.Generic.Dictionary`2[PlanLint.Rules.Relevant.NearDuplicateIndex+ShingleKey,System.__Canon]"] = "throughput",
        ["System.Collections.Generic.EqualityComparer`1[PlanLint.Rules.Relevant.NearDuplicateIndex+ShingleKey]"] = "throughput",
        ["System.Collections.Generic.GenericEqualityComparer`1[PlanLint.Rules.Relevant.NearDuplicateIndex+ShingleKey]"] = "throughput",
        // The parsed --format values, as the command line hands them over.
        ["System.Collections.Generic.List`1[PlanLint.Linting.OutputFormat]"] = "command line",
    };

    [Theory]
    [InlineData("examples", "long-lartin-2025.plan.json")]
    [InlineData("tests", "PlanLint.Tests", "Fixtures", "word", "long-lartin-2025.example.libreoffice.docx")]
    public void A_check_uses_no_framework_collection_over_a_PlanLint_value_type_but_the_listed_ones(params string[] input)
    {
        var used = CollectionsOverPlanLintTypes(Repo.Path(input));

        // The control: the near-duplicate index runs on every plan, so the events were seen.
        used.ShouldContain("System.Collections.Generic.Dictionary`2[PlanLint.Rules.Relevant.NearDuplicateIndex+ShingleKey,System.__Canon]");
        used.Where(t => !Allowed.ContainsKey(t)).ShouldBeEmpty();
    }

    /// <summary>The framework collection types the JIT compiled methods of, instantiated over a named PlanLint type.</summary>
    private List<string> CollectionsOverPlanLintTypes(string plan)
    {
        string report = Folder.Path("jitted.txt");
        var run = CliProcess.Run(Folder.Root, new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
            [StartupHook.JittedVariable] = report,
        }, "check", plan);
        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        File.Exists(report).ShouldBeTrue($"the startup hook wrote nothing: {run.Error}");
        return [.. File.ReadLines(report)
            .Select(line => line[..line.IndexOf("::", StringComparison.Ordinal)])
            .Where(type => type.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) && type.Contains("PlanLint.", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
