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
/// reading every target date with an empty cache, near-duplicate detection over all actions, and all rules over a plan.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private readonly List<(string Path, byte[] Bytes)> files = [];
    private readonly List<ActionPlan> plans = [];
    private readonly List<string> targets = [];
    private readonly List<string[]> actionWords = [];
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

    [Benchmark(Description = "all rules over 5 plans")]
    public int AllRules() => plans.Sum(p => engine.Analyze(p, AnalysisOptions.Default).Count);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the PlanLint repository.");
    }
}
