using System.Text.RegularExpressions;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.StartUp;

/// <summary>
/// Issue 18: the ReadyToRun build precompiles PlanLint's own code, but never a framework generic (List, Dictionary,
/// HashSet, Stack, LINQ's iterators, their enumerators and comparers) instantiated over a value type that the framework's
/// own image does not hold it for: a value type of PlanLint's (a struct, an enum, a tuple holding one), or a primitive or
/// framework struct (int, ulong, bool, a tuple, a nullable, JsonElement) in an instantiation the framework does not use
/// itself. Such code is in no precompiled image, so every start JIT-compiles it. A check of a JSON plan, a Word draft and a
/// published text is run in a real process (the JIT build, where everything without precompiled code is compiled, so the
/// runtime's JIT events name every such instantiation the run uses; <see cref="StartupHook"/>) and may use only the
/// instantiations listed here, each for its reason. A new <c>List&lt;int&gt;</c> LINQ query or a tuple-valued dictionary
/// on the path every check takes fails this test: use a loop or an array, or a record class for the values.
/// </summary>
public sealed class ReadyToRunGenericsTests : TempFolderTest
{
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        // System.Text.Json's own check for duplicate properties (JsonDocumentOptions.AllowDuplicateProperties = false).
        ["System.Collections.Generic.Stack`1[System.Int32]"] = "framework internal",
        // Rules/Language and Rules/Data, and the Analyze methods of WeakCommitmentRule and RepeatedWithinConcernRule: the
        // per-plan work of the rules, rewritten on its own branch (native-plan-work), where these go with it.
        ["System.Collections.Generic.Dictionary`2[System.__Canon,System.ValueTuple`2[System.__Canon,System.__Canon]]"] = "Rules/Data PhraseScanner",
        ["System.Collections.Generic.Dictionary`2+KeyCollection[System.__Canon,System.ValueTuple`2[System.__Canon,System.__Canon]]"] = "Rules/Data PhraseScanner",
        ["System.Collections.Generic.List`1[System.ValueTuple`2[System.Int32,System.Int32]]"] = "WeakCommitmentRule, Rules/Language EarliestPhrase",
        ["System.Linq.Enumerable+ListWhereIterator`1[System.Int32]"] = "RepeatedWithinConcernRule",
        ["System.Linq.Enumerable+ArrayWhereIterator`1[System.Int32]"] = "RepeatedWithinConcernRule",
        ["System.Collections.Generic.SegmentedArrayBuilder`1[System.Int32]"] = "RepeatedWithinConcernRule (Where(...).ToList())",
        ["System.Linq.Enumerable+<ExceptIterator>d__88`1[System.Int32]"] = "Rules/Language",
        ["System.Linq.Enumerable+IEnumerableSelectIterator`2[System.Int32,System.Int32]"] = "Rules/Language",
        ["System.Linq.Enumerable+ImplicitlyStableOrderedIterator`1[System.Int32]"] = "Rules/Language",
        ["System.Linq.Enumerable+Iterator`1[System.ValueTuple`2[System.__Canon,System.__Canon]]"] = "Rules/Language CommitmentRoles",
        ["System.Linq.Enumerable+ListSelectIterator`2[System.Int32,System.ValueTuple`2[System.__Canon,System.__Canon]]"] = "Rules/Language CommitmentRoles",
        // Left for now: the readers of Word tables and published text (table assembly, row alignment, Word numbering).
        ["System.Collections.Generic.HashSet`1[System.Int32]"] = "readers: table assembly, Word numbering",
        ["System.Linq.Enumerable+RangeIterator`1[System.Int32]"] = "readers: paragraph positions, row alignment",
        ["System.Linq.Enumerable+ListSelectIterator`2[System.Int32,System.__Canon]"] = "readers: paragraph positions",
        ["System.Linq.Enumerable+ListSelectIterator`2[System.__Canon,System.Int32]"] = "readers: table assembly",
        ["System.Linq.Enumerable+ListSelectIterator`2[System.ValueTuple`2[System.__Canon,System.Int32],System.__Canon]"] = "readers: table assembly",
        ["System.Linq.Enumerable+IEnumerableSelectIterator`2[System.ValueTuple`2[System.__Canon,System.Int32],System.__Canon]"] = "readers: published text cells",
        ["System.Linq.Enumerable+MaxCalc`1[System.Int32]"] = "readers: row alignment",
    };

    /// <summary>A framework collection or LINQ type, with a value type among its type arguments (System.__Canon stands for any reference type).</summary>
    private static readonly Regex OverAValueType = new(
        @"^System\.(Collections\.Generic|Linq)\.[^\[]*\[(.*[\[,])?(PlanLint\.|System\.(Boolean|Char|S?Byte|U?Int(16|32|64)|Single|Double|Decimal|DateOnly|DateTime|TimeSpan|ValueTuple`|Nullable`|Collections\.Generic\.KeyValuePair`|Text\.Json\.))",
        RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("examples", "long-lartin-2025.plan.json")]
    [InlineData("tests", "PlanLint.Tests", "Fixtures", "word", "long-lartin-2025.example.libreoffice.docx")]
    [InlineData("tests", "PlanLint.Tests", "Fixtures", "corpus", "whitemoor-2023.txt")]
    public void A_check_uses_no_framework_collection_over_a_value_type_but_the_listed_ones(params string[] input)
    {
        var jitted = JittedTypes(Repo.Path(input));

        // The control: the JIT build compiles PlanLint's own code, so the events were seen (the near-duplicate index runs on every plan).
        jitted.ShouldContain("PlanLint.Rules.Relevant.NearDuplicateIndex");
        jitted.Where(t => OverAValueType.IsMatch(t) && !Allowed.ContainsKey(t)).ShouldBeEmpty();
    }

    [Fact]
    public void The_pattern_tells_a_collection_over_a_value_type_from_one_over_reference_types()
    {
        OverAValueType.IsMatch("System.Collections.Generic.Dictionary`2[System.UInt64,System.ValueTuple`2[System.Int32,System.Int32]]").ShouldBeTrue();
        OverAValueType.IsMatch("System.Linq.Enumerable+ListSelectIterator`2[System.__Canon,System.Int32]").ShouldBeTrue();
        OverAValueType.IsMatch("System.Collections.Generic.Dictionary`2[System.__Canon,System.Text.Json.JsonElement]").ShouldBeTrue();
        OverAValueType.IsMatch("System.Collections.Generic.HashSet`1[PlanLint.Diagnostics.Severity]").ShouldBeTrue();
        OverAValueType.IsMatch("System.Collections.Generic.Dictionary`2[System.__Canon,System.__Canon]").ShouldBeFalse();
        OverAValueType.IsMatch("System.Collections.Generic.List`1[System.__Canon]").ShouldBeFalse();
        OverAValueType.IsMatch("PlanLint.Rules.Relevant.NearDuplicateIndex").ShouldBeFalse();
    }

    /// <summary>The types the JIT compiled methods of, each once, in order.</summary>
    private List<string> JittedTypes(string plan)
    {
        string report = Folder.Path("jitted.txt");
        var run = CliProcess.Run(Folder.Root, new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
            [StartupHook.JittedVariable] = report,
        }, "check", plan);
        run.ExitCode.ShouldBeOneOf([0, 1], run.Output + run.Error);
        File.Exists(report).ShouldBeTrue($"the startup hook wrote nothing: {run.Error}");
        return [.. File.ReadLines(report)
            .Select(line => line[..line.IndexOf("::", StringComparison.Ordinal)])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
