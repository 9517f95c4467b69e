using BenchmarkDotNet.Attributes;
using PlanLint.Analysis;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Rules;
using PlanLint.Rules.Relevant;
using PlanLint.Rules.TimeBound.Dates;

namespace PlanLint.MicroBench;

/// <summary>
/// The hot paths of a run, each on the five corpus plans (tests/PlanLint.Tests/Fixtures/corpus): reading a JSON plan,
/// reading every target date with an empty cache, near-duplicate detection over all actions, and all rules over a plan;
/// and reading Word drafts: the fixtures of other producers (Fixtures/word, Fixtures/word-producers) and one draft whose
/// action, owner and date cells hold 10,000 paragraphs each.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private readonly List<(string Path, byte[] Bytes)> files = [];
    private readonly List<ActionPlan> plans = [];
    private readonly List<string> targets = [];
    private readonly List<string[]> actionWords = [];
    private readonly List<(string Path, byte[] Bytes)> drafts = [];
    private byte[] longCell = [];
    private AnalyzerEngine engine = null!;

    [GlobalSetup]
    public void SetUp()
    {
        string corpus = Path.Combine(RepoRoot(), "tests", "PlanLint.Tests", "Fixtures", "corpus");
        foreach (var path in Directory.GetFiles(corpus, "*.plan.json").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            files.Add((path, bytes));
            var plan = PlanReaders.Default.Read(path, bytes).Plan ?? throw new InvalidOperationException($"{path} does not read.");
            plans.Add(plan);
            foreach (var action in plan.Concerns.SelectMany(c => c.Actions))
            {
                if (action.TargetDate is { } target) targets.Add(target);
                actionWords.Add(action.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        engine = new AnalyzerEngine(BuiltInRules.Create());

        string fixtures = Path.Combine(RepoRoot(), "tests", "PlanLint.Tests", "Fixtures");
        foreach (var path in new[] { "word", "word-producers" }.SelectMany(f => Directory.GetFiles(Path.Combine(fixtures, f), "*.docx")).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            if (PlanReaders.Default.Read(path, bytes).Plan is not null) drafts.Add((path, bytes));
        }

        longCell = LongCellDraft(10_000);
    }

    [Benchmark(Description = "read 5 JSON plans")]
    public int ReadJson()
    {
        int concerns = 0;
        foreach (var (path, bytes) in files)
            concerns += PlanReaders.Default.Read(path, bytes).Plan!.Concerns.Count;
        return concerns;
    }

    [Benchmark(Description = "parse every target date (cold cache)")]
    public int ParseTargetDates()
    {
        var parser = new TargetDateParser(TargetDateRecognizer.Recognize);
        int dated = 0;
        foreach (var target in targets)
            if (parser.Parse(target, new DateOnly(2025, 1, 29)).Kind == TargetKind.Date) dated++;
        return dated;
    }

    [Benchmark(Description = "near-duplicate index over every action")]
    public int NearDuplicates()
    {
        var index = new NearDuplicateIndex();
        foreach (var words in actionWords) index.Add(words);
        var similar = index.FindSimilar();
        return Enumerable.Range(0, actionWords.Count).Count(i => similar.SimilarTo(i).Count > 0);
    }

    [Benchmark(Description = "read the Word fixtures")]
    public int ReadWord()
    {
        int actions = 0;
        foreach (var (path, bytes) in drafts)
            actions += PlanReaders.Default.Read(path, bytes).Plan!.Concerns.Sum(c => c.Actions.Count);
        return actions;
    }

    [Benchmark(Description = "read a Word draft with 10,000 paragraphs in a cell")]
    public int ReadLongWordCell() => PlanReaders.Default.Read("long.docx", longCell).Plan!.Concerns.Sum(c => c.Actions.Count);

    [Benchmark(Description = "all rules over 5 plans")]
    public int AllRules() => plans.Sum(p => engine.Analyze(p, AnalysisOptions.Default).Count);

    /// <summary>A one-recommendation draft whose action, owner and date cells hold <paramref name="paragraphs"/> paragraphs each.</summary>
    private static byte[] LongCellDraft(int paragraphs)
    {
        static string Cell(IEnumerable<string> texts) => "<w:tc>" + string.Concat(texts.Select(t => $"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>")) + "</w:tc>";
        var numbers = Enumerable.Range(1, paragraphs).ToList();
        string header = "<w:tr>" + string.Concat(new[] { "Rec No", "Concerns", "Response Action Taken/Planned", "Responsible Owner", "Target Date" }.Select(h => Cell([h]))) + "</w:tr>";
        string row = "<w:tr>" + Cell(["1"]) + Cell(["A concern."]) + Cell(numbers.Select(i => $"Action {i} will be done.")) + Cell(numbers.Select(i => i % 7 == 0 ? "" : "Governor"))
            + Cell(numbers.Select(_ => "May 2025")) + "</w:tr>";
        string document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Action Plan: HMP Example</w:t></w:r></w:p>"
            + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" + header + row + "</w:tbl></w:body></w:document>";
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }

            Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add("word/document.xml", document);
        }

        return stream.ToArray();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the PlanLint repository.");
    }
}
