using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Linting.Packs;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Suppressions;
using PlanLint.Tests.Support;
using PlanLint.Writers.Plans;

namespace PlanLint.Tests.Robustness;

/// <summary>
/// Minimised inputs that crashed an entry point (found by the property tests and fuzz/run.sh), each now answered with a
/// located one-line message. System.Text.Json accepts invalid UTF-8 inside a string and throws only when the string is
/// read, so every JSON file is now checked for UTF-8 before it is parsed.
/// </summary>
public sealed class FuzzRegressionTests : TempFolderTest
{
    // {"a":"<0xE9>"} on its second line: a Latin-1 é inside a string.
    private static readonly byte[] Latin1InString = [.. "{\n\"a\": \""u8, 0xE9, .. "\"}"u8];

    [Fact]
    public void A_json_plan_with_a_latin1_byte_in_a_string_is_PL0001_at_the_byte()
    {
        var result = PlanReaders.Default.Read("plan.json", Latin1InString);
        result.Plan.ShouldBeNull();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        (d.Location.Line, d.Location.Column).ShouldBe((2, 7));
        d.Message.ShouldBe("The file is not valid UTF-8: byte 0xE9 at line 2, column 7 is not UTF-8. Save the file as UTF-8.");
    }

    [Fact]
    public void A_configuration_file_with_a_latin1_byte_is_a_located_configuration_error()
    {
        var e = Should.Throw<ConfigurationException>(() => ConfigFileReader.Parse("planlint.json", Latin1InString, "/"));
        e.Message.ShouldContain("not valid UTF-8");
        e.Location!.Line.ShouldBe(2);
    }

    [Fact]
    public void A_suppression_side_file_with_a_latin1_byte_is_PL0001()
    {
        var problem = SuppressionSideFile.Parse("a.plan.json" + SuppressionSideFile.Suffix, Latin1InString).Problems.ShouldHaveSingleItem();
        problem.Id.ShouldBe(RuleIds.InvalidPlan);
        problem.Message.ShouldContain("not valid UTF-8");
    }

    [Fact]
    public void A_baseline_with_a_latin1_byte_is_a_located_configuration_error()
    {
        string path = Folder.Path("planlint.baseline.json");
        File.WriteAllBytes(path, Latin1InString);
        Should.Throw<ConfigurationException>(() => PlanLint.Linting.Baselines.Baseline.Read(path)).Message.ShouldContain("not valid UTF-8");
    }

    [Theory]
    [InlineData("rule.yml")]
    [InlineData("rule.json")]
    public void A_rule_file_with_a_latin1_byte_is_a_located_configuration_error(string name)
    {
        // The YAML path decoded with a throwing UTF8Encoding and let DecoderFallbackException escape.
        string path = Folder.Path(name);
        File.WriteAllBytes(path, [0xE9]);
        var e = Should.Throw<ConfigurationException>(() => DeclarativePack.LoadRule(path));
        e.Message.ShouldBe("The file is not valid UTF-8: byte 0xE9 at line 1, column 1 is not UTF-8. Save the file as UTF-8.");
    }

    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\r\nb")]
    [InlineData("a\u0085b")]
    [InlineData("\t")]
    [InlineData("\ta[")]
    [InlineData("a\n\rb")]
    public void Canonical_yaml_keeps_carriage_returns_line_separators_and_edge_whitespace(string text)
    {
        // Found by the generated-plan round trip: block scalars turned CR and NEL into LF and dropped a leading tab.
        var location = SourceLocation.File("p");
        var plan = new ActionPlan
        {
            Path = "p",
            Establishment = "HMP Example",
            Location = location,
            Concerns = [new Concern { Id = "1", Text = "t", Location = location, Actions = [new PlanAction { Index = 1, Text = text, Owner = text, Location = location }] }],
        };
        using var stream = new MemoryStream();
        new PlanYamlWriter().Write(plan, stream, schemaUri: null);
        var action = PlanReaders.Default.Read("p.yaml", stream.ToArray()).Plan.ShouldNotBeNull().Concerns[0].Actions[0];
        (action.Text, action.Owner).ShouldBe((text, text));
    }

    public static TheoryData<string> CrashFiles() =>
        [.. Directory.GetFiles(Repo.Fixture("fuzz"), "*", SearchOption.AllDirectories).Where(f => !f.Contains("rulepack", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(Repo.Fixture("fuzz"), f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CrashFiles))]
    public void Inputs_that_crashed_a_reader_under_AFL_are_a_located_PL0001(string relative)
    {
        // Saved by fuzz/run.sh: YamlDotNet's scanner threw InvalidOperationException on malformed plain scalars; OpenXml
        // threw ArgumentException (part URI, relationship target) or FormatException (w:vMerge value) while the body was read.
        var result = PlanReaders.Default.ReadFile(Repo.Fixture("fuzz", relative));
        result.Plan.ShouldBeNull();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Message.ShouldNotContain("\n");
        d.Message.ShouldMatch(@"^The (file is not valid YAML|Word document is damaged)");
    }

    [Fact]
    public void A_rule_file_giving_a_key_twice_is_a_located_configuration_error()
    {
        // Found by AFL++: the schema check passed on one "helpUri" while the loader read the other, an array, and threw.
        var e = Should.Throw<ConfigurationException>(() => DeclarativePack.LoadRule(Repo.Fixture("fuzz", "rulepack", "duplicate-helpuri.json")));
        e.Message.ShouldStartWith("The file is not valid JSON");
        e.Message.ShouldContain("helpUri");
    }

    [Fact]
    public void A_rule_file_with_an_invalid_yaml_tag_is_a_located_configuration_error()
    {
        // Found by AFL++ on the YAML plan reader: YamlDotNet throws ArgumentException for a tag that is not a URI.
        string path = Folder.Path("rule.yml");
        File.WriteAllText(path, "!!]]");
        Should.Throw<ConfigurationException>(() => DeclarativePack.LoadRule(path)).Message.ShouldStartWith("The file is not valid YAML");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(200_000)]
    public void A_deeply_nested_rule_file_is_a_located_configuration_error_not_a_stack_overflow(int depth)
    {
        // Found by the bounds review: rule-pack YAML was read recursively with no depth limit (exit 134 at 200,000 levels).
        string path = Folder.Path("deep.yml");
        File.WriteAllText(path, "id: HOUSE001\nname: " + new string('[', depth) + new string(']', depth) + "\n");
        var error = Should.Throw<ConfigurationException>(() => DeclarativePack.LoadRule(path));
        error.Message.ShouldBe("The rule file is nested more than 32 levels deep; a rule is not.");
        error.Location.ShouldNotBeNull().Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("555555E5555555555555")]
    [InlineData("id: 55E55555555")]
    [InlineData("id: HOUSE001\nname: X\nseverity: -1e999")]
    public void A_rule_file_with_a_number_too_large_for_a_double_is_a_located_configuration_error(string yaml)
    {
        // Found by AFL++ (rulepack): the YAML number became infinity, which JSON cannot hold, and writing it threw.
        string path = Folder.Path("huge.yml");
        File.WriteAllText(path, yaml);
        Should.Throw<ConfigurationException>(() => DeclarativePack.LoadRule(path)).Location.ShouldNotBeNull().Path.ShouldBe(path);
    }

    public static TheoryData<string> HangFiles() =>
        [.. Directory.GetFiles(Repo.Fixture("fuzz-hangs"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repo.Fixture("fuzz-hangs"), f)).Order(StringComparer.Ordinal)];

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(HangFiles))]
    public async Task Inputs_that_hung_a_reader_under_AFL_are_read_and_linted(string relative)
    {
        // Found by AFL++ (text): a misread header gave a table dozens of columns wide, and placing a short row's cells
        // tried every order-keeping placement (n choose k: minutes for 500 bytes). The timeout tells a hang from a run.
        string path = Repo.Fixture("fuzz-hangs", relative);
        var findings = await Task.Run(() => PlanLint.Linting.PlanLinter.CreateDefault().LintFile(path, new PlanLint.Linting.LintOptions()).Diagnostics);
        findings.ShouldNotBeEmpty();
        findings.ShouldNotContain(d => d.Id == RuleIds.AnalyzerFailure);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_short_row_of_a_table_forty_columns_wide_is_placed_without_trying_every_placement()
    {
        // 20 cells in 40 columns: trying all 137,846,528,820 placements would never finish.
        var aligner = new PlanLint.Readers.Tables.RowAligner(new PlanLint.Readers.Tables.TableColumns(0, 1, 2, 3, 4, 39));
        string[] cells = [.. Enumerable.Range(0, 20).Select(i => i % 3 == 0 ? "March 2025" : i % 3 == 1 ? "The Governor" : "Staff will be trained in the new procedure.")];
        var placement = await Task.Run(() => aligner.Place(cells));
        placement.Count.ShouldBe(20);
        placement.ShouldBe(placement.Order().Distinct());
    }

    [Fact]
    public void Placing_cells_by_dynamic_programming_finds_the_best_score_that_trying_every_placement_finds()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 500; trial++)
        {
            int n = random.Next(2, 10), k = random.Next(1, n);
            var scores = new int[k, n];
            for (int c = 0; c < k; c++)
                for (int col = 0; col < n; col++)
                    scores[c, col] = random.Next(-6, 4);

            var placement = PlanLint.Readers.Tables.RowAligner.BestByScore(scores, k, n);
            placement.ShouldBe(placement.Order().Distinct(), "cells keep their order, one per column");
            placement.ShouldAllBe(col => col >= 0 && col < n);
            Score(placement).ShouldBe(BruteForceBest(0, 0), $"trial {trial}: {k} cells, {n} columns");

            int Score(int[] p) => Enumerable.Range(0, k).Sum(c => scores[c, p[c]]);
            int BruteForceBest(int cell, int from) => cell == k
                ? 0
                : Enumerable.Range(from, n - (k - cell) - from + 1).Max(col => scores[cell, col] + BruteForceBest(cell + 1, col + 1));
        }
    }
}
