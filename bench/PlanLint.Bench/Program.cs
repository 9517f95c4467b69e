using System.Globalization;
using PlanLint.Bench;

// planlint-bench --seeds DIR --work DIR --word DOCX [--runs N] --route "NAME|PLANLINT|HELLO[|LIMIT]" ... [--throughput NAME]
//                [--precommit REPO]
// Each route is a way users get planlint (an installed tool package, a publish), measured against the trivial program
// built the same way; --throughput names the route used for throughput and scale (the first by default). --precommit
// is a git repository prepared by run.sh whose pre-commit config has two hooks on one staged plan: planlint and a
// trivial one; each is run again after its environment exists, as a hook runs on every commit.
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

// Cold start: one real plan (JSON) and one Word draft, each as a whole process, against the trivial program of the same
// route, interleaved so drift hits both alike, within the route's limit (issue 18: what users install within 2× its
// trivial program, 4× at worst; the native build within 3× the trivial native program).
string onePlan = seeds.OrderByDescending(s => new FileInfo(s).Length).First();
var helloByRoute = new Dictionary<string, double>(StringComparer.Ordinal);
foreach (var route in options.Routes)
{
    var hello = new List<ProcessTimer.Run>();
    var json = new List<ProcessTimer.Run>();
    var word = new List<ProcessTimer.Run>();
    ProcessTimer.Measure(route.Hello, [], options.Work);
    ProcessTimer.Measure(route.PlanLint, ["check", onePlan], options.Work);
    ProcessTimer.Measure(route.PlanLint, ["check", options.Word], options.Work);
    for (int i = 0; i < options.Runs * 3; i++)
    {
        hello.Add(ProcessTimer.Measure(route.Hello, [], options.Work));
        json.Add(ProcessTimer.Measure(route.PlanLint, ["check", onePlan], options.Work));
        word.Add(ProcessTimer.Measure(route.PlanLint, ["check", options.Word], options.Work));
    }

    double helloMs = Median(hello);
    helloByRoute[route.Name] = helloMs;
    string target = $"≤ {route.Limit.ToString("0.#", culture)}× hello";
    rows.Add(($"trivial program (hello), {route.Name}", Ms(helloMs), Mb(hello.Max(r => r.PeakRssBytes)), "", ""));
    rows.Add(($"cold start, {route.Name}: check {Path.GetFileName(onePlan)}", Ms(Median(json)), Mb(json.Max(r => r.PeakRssBytes)), target, Ratio(Median(json) / helloMs, route.Limit)));
    rows.Add(($"cold start, {route.Name}: check {Path.GetFileName(options.Word)}", Ms(Median(word)), Mb(word.Max(r => r.PeakRssBytes)), target, Ratio(Median(word) / helloMs, route.Limit)));
}

// pre-commit end to end: the second run of each hook on one staged plan (its environment already installed).
if (options.PreCommit is { } repo)
{
    string[] Hook(string id) => ["run", id, "--files", "one.plan.json"];
    var trivial = new List<ProcessTimer.Run>();
    var hook = new List<ProcessTimer.Run>();
    ProcessTimer.Measure("pre-commit", Hook("hello"), repo);
    ProcessTimer.Measure("pre-commit", Hook("planlint"), repo);
    for (int i = 0; i < options.Runs * 3; i++)
    {
        trivial.Add(ProcessTimer.Measure("pre-commit", Hook("hello"), repo));
        hook.Add(ProcessTimer.Measure("pre-commit", Hook("planlint"), repo));
    }

    // Peak RSS would be pre-commit's own process, not the hook's, so none is shown.
    rows.Add(("pre-commit, a hook running the trivial program on one staged plan", Ms(Median(trivial)), "", "", ""));
    rows.Add(("pre-commit, the planlint hook on one staged plan (second run)", Ms(Median(hook)), "", "≤ 2× the trivial hook", Ratio(Median(hook) / Median(trivial), 2)));
}

var throughputRoute = options.Routes.FirstOrDefault(r => r.Name == options.Throughput) ?? options.Routes[0];
string planlint = throughputRoute.PlanLint;
double baseMs = helloByRoute[throughputRoute.Name];
Console.WriteLine($"Throughput and scale: {throughputRoute.Name}.");

// Throughput and memory: 1,000 plans of about 110 actions, all rules on.
ProcessTimer.Measure(planlint, ["check", Path.Combine(corpus, "*.plan.json")], options.Work);
var throughput = Enumerable.Range(0, options.Runs).Select(_ => ProcessTimer.Measure(planlint, ["check", Path.Combine(corpus, "*.plan.json")], options.Work)).ToList();
double throughputMs = Median(throughput);
long throughputPeak = throughput.Max(r => r.PeakRssBytes);
rows.Add(("throughput: 1,000 plans (110,000 actions)", Ms(throughputMs), Mb(throughputPeak), "≤ 10 s", throughputMs <= 10_000 ? "met" : "MISSED"));
rows.Add(("memory: peak RSS of the 1,000-plan run", "", Mb(throughputPeak), "< 500 MB", throughputPeak < 500L * 1024 * 1024 ? "met" : "MISSED"));

// Scale within one plan: 1,000 → 10,000 actions.
ProcessTimer.Measure(planlint, ["check", scale10k], options.Work);
var small = Enumerable.Range(0, options.Runs).Select(_ => ProcessTimer.Measure(planlint, ["check", scale1k], options.Work)).ToList();
var large = Enumerable.Range(0, options.Runs).Select(_ => ProcessTimer.Measure(planlint, ["check", scale10k], options.Work)).ToList();
double smallMs = Median(small) - baseMs, largeMs = Median(large) - baseMs;
rows.Add(("scale: one plan of 1,000 actions", Ms(Median(small)), Mb(small.Max(r => r.PeakRssBytes)), "", ""));
rows.Add(("scale: one plan of 10,000 actions", Ms(Median(large)), Mb(large.Max(r => r.PeakRssBytes)), "≤ 12× the 1,000 (start-up excluded)", Ratio(largeMs / smallMs, 12)));

// Issue 9's pathological size: 100,000 actions in one plan must still be near-linear (fewer runs: each takes a while).
var huge = Enumerable.Range(0, Math.Min(options.Runs, 3)).Select(_ => ProcessTimer.Measure(planlint, ["check", scale100k], options.Work)).ToList();
double hugeMs = Median(huge) - baseMs;
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

internal sealed record BenchRoute(string Name, string PlanLint, string Hello, double Limit);

internal sealed record BenchOptions(string Seeds, string Work, string Word, int Runs, IReadOnlyList<BenchRoute> Routes, string? Throughput, string? PreCommit)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Get(string name)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        string Required(string name) => Get(name) ?? throw new ArgumentException($"{name} is required");
        var routes = args.Select((a, i) => (a, i)).Where(p => p.a == "--route" && p.i + 1 < args.Length)
            .Select(p => args[p.i + 1].Split('|'))
            .Select(parts => parts.Length is 3 or 4
                ? new BenchRoute(parts[0], Path.GetFullPath(parts[1]), Path.GetFullPath(parts[2]), parts.Length == 4 ? double.Parse(parts[3], CultureInfo.InvariantCulture) : 2)
                : throw new ArgumentException("--route is NAME|PLANLINT|HELLO[|LIMIT]"))
            .ToList();
        if (routes.Count == 0) throw new ArgumentException("at least one --route is required");

        return new BenchOptions(
            Path.GetFullPath(Required("--seeds")),
            Path.GetFullPath(Required("--work")),
            Path.GetFullPath(Required("--word")),
            int.Parse(Get("--runs") ?? "5", CultureInfo.InvariantCulture),
            routes,
            Get("--throughput"),
            Get("--precommit") is { } repo ? Path.GetFullPath(repo) : null);
    }
}
