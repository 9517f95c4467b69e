using System.Globalization;
using PlanLint.Bench;

// planlint-bench --planlint PATH --hello PATH --seeds DIR --work DIR [--runs N] [--planlint-aot PATH --hello-aot PATH]
// planlint-bench shapes --planlint PATH --work DIR [--runs N] [--max-mb N]   (issue 21: time and memory against size per shape)
if (args is ["shapes", ..])
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    Shapes.Run(Path.GetFullPath(Arg("--planlint", "")), Path.GetFullPath(Arg("--work", ".")),
        int.Parse(Arg("--runs", "3"), CultureInfo.InvariantCulture), int.Parse(Arg("--max-mb", "48"), CultureInfo.InvariantCulture));
    return;
}

var options = BenchOptions.Parse(args);
var culture = CultureInfo.InvariantCulture;
var seeds = Directory.GetFiles(options.Seeds, "*.plan.json").Order(StringComparer.Ordinal).ToList();
var generator = new CorpusGenerator(seeds);
Console.WriteLine($"Seed plans: {seeds.Count} ({generator.SeedActions} actions). Runs per scenario: {options.Runs} after a warm-up.");

string corpus = Path.Combine(options.Work, "corpus-1000");
if (!Directory.Exists(corpus) || Directory.GetFiles(corpus).Length != 1000)
{
    if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
    generator.WriteCorpus(corpus, plans: 1000, actionsPerPlan: 110, seed: 20251126);
}

string scale1k = Path.Combine(options.Work, "scale-1000.plan.json");
string scale10k = Path.Combine(options.Work, "scale-10000.plan.json");
string scale100k = Path.Combine(options.Work, "scale-100000.plan.json");
generator.WritePlan(scale1k, 1000, new Random(1000), 1000);
generator.WritePlan(scale10k, 10000, new Random(10000), 10000);
generator.WritePlan(scale100k, 100000, new Random(100000), 100000);

var rows = new List<(string Scenario, string Median, string Peak, string Target, string Result)>();

// Cold start: one real plan as a whole process, against the trivial program, interleaved so drift hits both alike.
string onePlan = seeds.OrderByDescending(s => new FileInfo(s).Length).First();
var hello = new List<ProcessTimer.Run>();
var cold = new List<ProcessTimer.Run>();
ProcessTimer.Measure(options.Hello, [], options.Work);
ProcessTimer.Measure(options.PlanLint, ["check", onePlan], options.Work);
for (int i = 0; i < options.Runs * 3; i++)
{
    hello.Add(ProcessTimer.Measure(options.Hello, [], options.Work));
    cold.Add(ProcessTimer.Measure(options.PlanLint, ["check", onePlan], options.Work));
}

double helloMs = Median(hello), coldMs = Median(cold);
rows.Add(("trivial program (hello), ReadyToRun", Ms(helloMs), Mb(hello.Max(r => r.PeakRssBytes)), "", ""));
rows.Add(($"cold start, ReadyToRun: check {Path.GetFileName(onePlan)}", Ms(coldMs), Mb(cold.Max(r => r.PeakRssBytes)), "≤ 4× hello", Ratio(coldMs / helloMs, 4)));

// The same with both programs compiled ahead of time (Native AOT), measured in the same interleaved way.
if (options.PlanLintAot is { } planlintAot && options.HelloAot is { } helloAotPath)
{
    var helloAot = new List<ProcessTimer.Run>();
    var coldAot = new List<ProcessTimer.Run>();
    ProcessTimer.Measure(helloAotPath, [], options.Work);
    ProcessTimer.Measure(planlintAot, ["check", onePlan], options.Work);
    for (int i = 0; i < options.Runs * 3; i++)
    {
        helloAot.Add(ProcessTimer.Measure(helloAotPath, [], options.Work));
        coldAot.Add(ProcessTimer.Measure(planlintAot, ["check", onePlan], options.Work));
    }

    double helloAotMs = Median(helloAot), coldAotMs = Median(coldAot);
    rows.Add(("trivial program (hello), Native AOT", Ms(helloAotMs), Mb(helloAot.Max(r => r.PeakRssBytes)), "", ""));
    rows.Add(($"cold start, Native AOT: check {Path.GetFileName(onePlan)}", Ms(coldAotMs), Mb(coldAot.Max(r => r.PeakRssBytes)), "≤ 4× hello (AOT)", Ratio(coldAotMs / helloAotMs, 4)));
    rows.Add(("cold start, Native AOT, against the ReadyToRun hello", "", "", "", Ratio(coldAotMs / helloMs, 4)));
}

// Throughput and memory: 1,000 plans of about 110 actions, all rules on.
ProcessTimer.Measure(options.PlanLint, ["check", Path.Combine(corpus, "*.plan.json")], options.Work);
var throughput = Enumerable.Range(0, options.Runs).Select(_ => ProcessTimer.Measure(options.PlanLint, ["check", Path.Combine(corpus, "*.plan.json")], options.Work)).ToList();
double throughputMs = Median(throughput);
long throughputPeak = throughput.Max(r => r.PeakRssBytes);
rows.Add(("throughput: 1,000 plans (110,000 actions)", Ms(throughputMs), Mb(throughputPeak), "≤ 10 s", throughputMs <= 10_000 ? "met" : "MISSED"));
rows.Add(("memory: peak RSS of the 1,000-plan run", "", Mb(throughputPeak), "< 500 MB", throughputPeak < 500L * 1024 * 1024 ? "met" : "MISSED"));

// Scale within one plan: 1,000 → 10,000 actions.
ProcessTimer.Measure(options.PlanLint, ["check", scale10k], options.Work);
var small = Enumerable.Range(0, options.Runs).Select(_ => ProcessTimer.Measure(options.PlanLint, ["check", scale1k], options.Work)).ToList();
var large = Enumerable.Range(0, options.Runs).Select(_ => ProcessTimer.Measure(options.PlanLint, ["check", scale10k], options.Work)).ToList();
double smallMs = Median(small) - helloMs, largeMs = Median(large) - helloMs;
rows.Add(("scale: one plan of 1,000 actions", Ms(Median(small)), Mb(small.Max(r => r.PeakRssBytes)), "", ""));
rows.Add(("scale: one plan of 10,000 actions", Ms(Median(large)), Mb(large.Max(r => r.PeakRssBytes)), "≤ 12× the 1,000 (start-up excluded)", Ratio(largeMs / smallMs, 12)));

// Issue 9's pathological size: 100,000 actions in one plan must still be near-linear (fewer runs: each takes a while).
var huge = Enumerable.Range(0, Math.Min(options.Runs, 3)).Select(_ => ProcessTimer.Measure(options.PlanLint, ["check", scale100k], options.Work)).ToList();
double hugeMs = Median(huge) - helloMs;
rows.Add(("scale: one plan of 100,000 actions", Ms(Median(huge)), Mb(huge.Max(r => r.PeakRssBytes)), "≤ 12× the 10,000 (start-up excluded)", Ratio(hugeMs / largeMs, 12)));

Console.WriteLine();
Console.WriteLine("| Scenario | Median wall | Peak RSS | Target | Result |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var r in rows)
    Console.WriteLine($"| {r.Scenario} | {r.Median} | {r.Peak} | {r.Target} | {r.Result} |");

static double Median(IReadOnlyList<ProcessTimer.Run> runs)
{
    var sorted = runs.Select(r => r.Wall.TotalMilliseconds).Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

string Ms(double ms) => ms.ToString("N0", culture) + " ms";
string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("N0", culture) + " MB";
string Ratio(double ratio, double limit) => $"{ratio.ToString("0.0", culture)}× ({(ratio <= limit ? "met" : "MISSED")})";

internal sealed record BenchOptions(string PlanLint, string Hello, string Seeds, string Work, int Runs, string? PlanLintAot, string? HelloAot)
{
    public static BenchOptions Parse(string[] args)
    {
        string Get(string name, string? fallback = null)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"{name} is required");
        }

        return new BenchOptions(
            Path.GetFullPath(Get("--planlint")),
            Path.GetFullPath(Get("--hello")),
            Path.GetFullPath(Get("--seeds")),
            Path.GetFullPath(Get("--work")),
            int.Parse(Get("--runs", "5"), CultureInfo.InvariantCulture),
            Get("--planlint-aot", "") is { Length: > 0 } aot ? Path.GetFullPath(aot) : null,
            Get("--hello-aot", "") is { Length: > 0 } helloAot ? Path.GetFullPath(helloAot) : null);
    }
}
