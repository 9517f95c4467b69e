using System.Globalization;
using CsCheck;
using PlanLint.Formatters;
using PlanLint.Linting;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Tests.Support;
using PlanLint.Writers.Plans;

namespace PlanLint.Tests.Robustness;

/// <summary>
/// import → write → import is the identity on the model, for every reader's output and for generated plans; findings do
/// not depend on file order, parallelism or the current culture.
/// </summary>
public sealed class ModelPropertyTests
{
    /// <summary>One committed input per reader: JSON, YAML (written from JSON), Word, published text.</summary>
    public static TheoryData<string> ReaderInputs() =>
    [
        "tests/PlanLint.Tests/Fixtures/hooks/bad.plan.json",
        "fuzz/seeds/yaml/example.plan.yaml",
        "tests/PlanLint.Tests/Fixtures/word/long-lartin-2025.example.libreoffice.docx",
        "tests/PlanLint.Tests/Fixtures/word/elmley-2022.libreoffice.docx",
        "tests/PlanLint.Tests/Fixtures/corpus/littlehey-2024.txt",
        "tests/PlanLint.Tests/Fixtures/corpus/whitemoor-2023.txt",
    ];

    [Theory]
    [MemberData(nameof(ReaderInputs))]
    public void Import_write_import_is_the_identity_for_each_readers_output(string relative)
    {
        var first = PlanReaders.Default.ReadFile(Repo.Path(relative)).Plan.ShouldNotBeNull();
        foreach (var writer in PlanWriters.All)
        {
            var again = WriteAndRead(writer, first);
            PlanDiffer.ShouldEqual(again, first, $"{relative} -> {writer.GetType().Name} -> model");
        }
    }

    [Fact]
    public void Import_write_import_is_the_identity_for_generated_plans()
    {
        GeneratedPlan.Sample(plan =>
        {
            // The first write normalises what a writer may normalise (e.g. trimming); from then on nothing may change.
            var imported = WriteAndRead(new PlanJsonWriter(), plan);
            foreach (var writer in PlanWriters.All)
                PlanDiffer.ShouldEqual(WriteAndRead(writer, imported), imported, $"generated plan -> {writer.GetType().Name}");
        }, iter: 100, threads: 1);
    }

    [Fact]
    public void Findings_do_not_depend_on_file_order_parallelism_or_culture()
    {
        var files = CorpusPlans();
        var linter = PlanLinter.CreateDefault();
        var expected = Findings(linter.LintFiles(files, new LintOptions { MaxParallelism = 1 }));
        expected.ShouldNotBeEmpty();

        Findings(linter.LintFiles([.. files.AsEnumerable().Reverse()], new LintOptions { MaxParallelism = 4 })).ShouldBe(expected);
        foreach (string culture in new[] { "tr-TR", "de-DE" })
        {
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                Findings(linter.LintFiles(files, new LintOptions { MaxParallelism = 2 })).ShouldBe(expected, culture);
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }
    }

    private static IReadOnlyList<string> CorpusPlans() =>
    [
        .. Directory.GetFiles(Repo.Fixture("corpus"), "*.txt").Where(f => !f.EndsWith(".reading.txt", StringComparison.Ordinal)),
        .. Directory.GetFiles(Repo.Fixture("corpus"), "*.plan.json"),
        .. Directory.GetFiles(Repo.Fixture("word"), "*.libreoffice.docx"),
    ];

    /// <summary>Every finding as its console line, files in path order, so runs can be compared as a whole.</summary>
    private static List<string> Findings(IReadOnlyList<FileResult> results) =>
        [.. results.OrderBy(r => r.Path, StringComparer.Ordinal).SelectMany(r => r.Diagnostics.Select(ConsoleFormatter.Format))];

    private static ActionPlan WriteAndRead(IPlanWriter writer, ActionPlan plan)
    {
        using var stream = new MemoryStream();
        writer.Write(plan, stream, schemaUri: null);
        string name = writer is PlanJsonWriter ? "plan.json" : "plan.yaml";
        var result = PlanReaders.Default.Read(name, stream.ToArray());
        return result.Plan.ShouldNotBeNull(string.Join("\n", result.Diagnostics.Select(d => d.Message)) + "\n" + System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Plans with text drawn from awkward characters: quotes, YAML indicators, line breaks, controls, non-ASCII.</summary>
    private static readonly Gen<ActionPlan> GeneratedPlan = Gen.Select(
        Text(1),
        Gen.Bool,
        Gen.Select(Text(1), Text(0), Gen.Int[0, 4].Select(n => (n switch { 0 => (AgreementStatus?)null, 1 => AgreementStatus.Agreed, 2 => AgreementStatus.PartlyAgreed, _ => AgreementStatus.NotAgreed })), Text(0),
                Gen.Select(Text(1), Text(0), Text(0)).Array[1, 4])
            .Array[1, 4],
        (establishment, recommendations, concerns) =>
        {
            var location = SourceLocation.File("generated");
            return new ActionPlan
            {
                Path = "generated",
                Establishment = establishment,
                Format = recommendations ? PlanFormat.Recommendations : PlanFormat.Concerns,
                Location = location,
                Concerns = [.. concerns.Select((c, i) => new Concern
                {
                    Id = (i + 1).ToString(CultureInfo.InvariantCulture),
                    Ordinal = i,
                    Text = c.Item1,
                    Section = c.Item2.Length == 0 ? null : c.Item2,
                    Agreement = recommendations ? c.Item3 ?? AgreementStatus.Agreed : null,
                    Reason = c.Item4.Length == 0 ? null : c.Item4,
                    Location = location,
                    Actions = [.. c.Item5.Select((a, j) => new PlanAction
                    {
                        Index = j + 1,
                        Text = a.Item1,
                        Owner = a.Item2.Length == 0 ? null : a.Item2,
                        TargetDate = a.Item3.Length == 0 ? null : a.Item3,
                        Location = location,
                    })],
                })],
            };
        });

    private static Gen<string> Text(int minimum) =>
        Gen.Char["ab Zé:#-&*!|>'\"{}[],%@`\\\n\r\t\u00a0\u2013\u001b\u0007\u2028€😀"].Array[minimum, 30]
            .Select(chars => new string(chars))
            .Where(s => minimum == 0 || s.Trim().Length > 0);
}
