using System.Text;
using System.Text.RegularExpressions;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Readers;
using PlanLint.Rules;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Corpus;

/// <summary>
/// Every built-in rule, run over each published plan in Fixtures/corpus, must report exactly the findings in
/// &lt;name&gt;.expected-findings.txt: one line per finding, "PLxxxx rec 7/action 13: message" (or "PLxxxx plan: message"),
/// without line numbers so that reader changes which only move locations do not churn the files. Lines starting with
/// '#' are the reviewer's notes (why a questionable case is or is not a finding) and are ignored by the comparison.
/// A mismatch fails with the missing and the unexpected lines.
/// <para>
/// To regenerate after a deliberate rule change, run
/// <c>PLANLINT_UPDATE_EXPECTED=1 dotnet test tests/PlanLint.Tests --filter FullyQualifiedName~CorpusFindingsTests</c>:
/// it rewrites the finding lines of the source files under tests/PlanLint.Tests/Fixtures/corpus and keeps every
/// '#' comment: the header (up to the first blank line), each comment block above the finding it precedes, and the
/// comments after the last finding. Comments whose finding is no longer reported are kept under a marker at the end,
/// so a reviewer sees them. Review the diff finding by finding before committing it.
/// </para>
/// </summary>
public sealed partial class CorpusFindingsTests
{
    private const string OrphanMarker = "# Comments whose finding is no longer reported (review, then move or delete):";

    public static TheoryData<string> Plans() => PublishedTextCorpusTests.Plans();

    private static readonly AnalyzerEngine Engine = new(BuiltInRules.Create());

    /// <summary>Every finding the built-in rules report on a corpus plan, in order; the expected files list these.</summary>
    internal static IReadOnlyList<Diagnostic> Diagnostics(string name)
    {
        var read = PlanReaders.Default.ReadFile(Repo.Fixture("corpus", name + ".txt"));
        read.Plan.ShouldNotBeNull($"{name}.txt must read");
        return Engine.Analyze(read.Plan, AnalysisOptions.Default);
    }

    private static List<string> Findings(string name) => [.. Diagnostics(name).Select(Line)];

    /// <summary>The stable form of one finding. PL0002 names the row by its line; that number is masked.</summary>
    internal static string Line(Diagnostic d) =>
        $"{d.Id} {d.LogicalName ?? "plan"}: {RowLine().Replace(d.Message, "Row at line #")}";

    [GeneratedRegex(@"\bRow at line \d+")]
    private static partial Regex RowLine();

    internal static string ExpectedPath(string name) => Repo.Fixture("corpus", name + ".expected-findings.txt");

    private static List<string> FindingLines(IEnumerable<string> fileLines) =>
        [.. fileLines.Where(l => l.Length > 0 && !l.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_rule_reports_exactly_the_reviewed_findings(string name)
    {
        var actual = Findings(name);
        string expectedFile = ExpectedPath(name);
        if (Environment.GetEnvironmentVariable("PLANLINT_UPDATE_EXPECTED") == "1")
        {
            expectedFile = Repo.Path("tests", "PlanLint.Tests", "Fixtures", "corpus", name + ".expected-findings.txt");
            Rewrite(expectedFile, actual);
        }

        File.Exists(expectedFile).ShouldBeTrue($"{name}.expected-findings.txt is missing; run with PLANLINT_UPDATE_EXPECTED=1 and review it");
        var expected = FindingLines(File.ReadAllLines(expectedFile, Encoding.UTF8));
        var missing = MultisetMinus(expected, actual);
        var unexpected = MultisetMinus(actual, expected);
        if (missing.Count == 0 && unexpected.Count == 0) return;

        var report = new StringBuilder($"{name}: findings differ from {name}.expected-findings.txt");
        foreach (var line in missing) report.Append("\n  - missing:    ").Append(line);
        foreach (var line in unexpected) report.Append("\n  + unexpected: ").Append(line);
        report.Append("\nIf the change is intended, regenerate with PLANLINT_UPDATE_EXPECTED=1 and review the diff.");
        Assert.Fail(report.ToString());
    }

    private static List<string> MultisetMinus(IEnumerable<string> from, IEnumerable<string> remove)
    {
        var left = from.ToList();
        foreach (var line in remove) left.Remove(line);
        return left;
    }

    // The design examples of the catalogue: asserted here as well so they cannot silently leave an expected file.
    [Fact]
    public void Long_Lartin_7s_last_action_has_no_owner()
    {
        var findings = Findings("long-lartin-2025");
        findings.ShouldContain(l => l.StartsWith("PL1001 rec 7/action 13:", StringComparison.Ordinal));
        FindingLines(File.ReadAllLines(ExpectedPath("long-lartin-2025"))).ShouldContain(l => l.StartsWith("PL1001 rec 7/action 13:", StringComparison.Ordinal));
    }

    [Fact]
    public void Commenced_and_ongoing_is_vague()
    {
        var findings = Findings("long-lartin-2025");
        var vague = findings.Where(l => l.StartsWith("PL2002 ", StringComparison.Ordinal) && l.Contains("'Commenced and ongoing'", StringComparison.Ordinal)).ToList();
        vague.ShouldContain(l => l.StartsWith("PL2002 rec 2/action 1:", StringComparison.Ordinal));
        FindingLines(File.ReadAllLines(ExpectedPath("long-lartin-2025"))).ShouldContain(vague[0]);
    }

    [Fact]
    public void Long_Lartin_7_duplicates_1()
    {
        var findings = Findings("long-lartin-2025");
        var repeats = findings.Where(l => l.StartsWith("PL6001 rec 7/", StringComparison.Ordinal) && l.Contains("of recommendation 1 ", StringComparison.Ordinal)).ToList();
        repeats.Count.ShouldBeGreaterThanOrEqualTo(4, "most of Long Lartin 7 repeats Long Lartin 1");
        var expected = FindingLines(File.ReadAllLines(ExpectedPath("long-lartin-2025")));
        repeats.Except(expected).ShouldBeEmpty("every repeat of recommendation 1 in recommendation 7 is an expected finding");
    }

    [Fact]
    public void Elmley_7_3_7_4_and_7_10_lost_their_agreement_cells_and_the_tally_proves_it()
    {
        var findings = Findings("elmley-2022");
        var expected = FindingLines(File.ReadAllLines(ExpectedPath("elmley-2022")));
        foreach (var rec in new[] { "7.3", "7.4", "7.10" })
        {
            // Something the reader lost is not something the author omitted: a reading finding, never PL7001.
            findings.ShouldContain(l => l.StartsWith($"PL8005 rec {rec}:", StringComparison.Ordinal), $"rec {rec}");
            expected.ShouldContain(l => l.StartsWith($"PL8005 rec {rec}:", StringComparison.Ordinal), $"rec {rec}");
            findings.ShouldNotContain(l => l.StartsWith($"PL7001 rec {rec}:", StringComparison.Ordinal), $"rec {rec}");
        }
    }

    /// <summary>Writes the new finding lines, keeping each '#' comment block with the finding it preceded.</summary>
    private static void Rewrite(string path, IReadOnlyList<string> findings)
    {
        var header = new List<string>();
        var trailing = new List<string>();
        var attached = new Dictionary<string, Queue<List<string>>>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            int i = 0;
            for (; i < lines.Length && lines[i].StartsWith('#'); i++) header.Add(lines[i]);
            if (i < lines.Length && lines[i].Length > 0)
            {
                // No blank line after the leading comments: they belong to the first finding, not to a header.
                header.Clear();
                i = 0;
            }
            var pending = new List<string>();
            // The lines after the last finding as written, blank lines included, so the closing notes keep their layout.
            var afterLast = new List<string>();
            for (; i < lines.Length; i++)
            {
                if (lines[i].StartsWith('#')) { pending.Add(lines[i]); afterLast.Add(lines[i]); }
                else if (lines[i].Length > 0)
                {
                    if (!attached.TryGetValue(lines[i], out var blocks)) attached[lines[i]] = blocks = new();
                    blocks.Enqueue(pending);
                    pending = [];
                    afterLast.Clear();
                }
                else afterLast.Add(lines[i]);
            }
            trailing.AddRange(afterLast.Where(l => l != OrphanMarker).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse());
        }

        var output = new List<string>(header);
        if (header.Count > 0) output.Add(string.Empty);
        foreach (var finding in findings)
        {
            if (attached.TryGetValue(finding, out var blocks) && blocks.Count > 0) output.AddRange(blocks.Dequeue());
            output.Add(finding);
        }
        var orphans = attached.Values.SelectMany(q => q).SelectMany(b => b).ToList();
        if (trailing.Count > 0 || orphans.Count > 0) output.Add(string.Empty);
        output.AddRange(trailing);
        if (orphans.Count > 0) output.AddRange([OrphanMarker, .. orphans]);

        string temp = path + ".tmp";
        File.WriteAllText(temp, string.Join("\n", output) + "\n", new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
