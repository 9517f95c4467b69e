using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Analysis;
using PlanLint.Analysis.Hosting;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Writers.Plans;

namespace PlanLint.Linting.Packs;

/// <summary>
/// A compiled (.dll) rule pack, run out of process by the pack host (src/PlanLint.PackHost) in every build of PlanLint.
/// Its rules appear to the engine as <see cref="HostedAnalyzer"/>s with the pack's own names and descriptors, so
/// configuration, suppressions and output treat them as any rule; for each plan the analyzers that are on share one
/// round trip to the host, within a time budget. A rule that throws is PL9999 for that rule, as in process; a host that
/// exits, crashes, overflows its stack or overruns the budget is one PL9999 for the pack on that plan, and is started
/// again for the next plan, up to <see cref="MaxHostFailures"/> times in a run.
/// </summary>
internal sealed class HostedPack
{
    /// <summary>The time the host may take over one plan, unless PLANLINT_PACK_TIMEOUT gives another number of seconds.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(10);

    public const int MaxHostFailures = 3;

    private static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly string path;
    private readonly string description;
    private readonly TimeSpan budget;
    private PackHostProcess? host;
    private int hostFailures;

    private HostedPack(string path, string name, string description, PackHostProcess host, TimeSpan budget)
    {
        this.path = path;
        Name = name;
        this.description = description;
        this.host = host;
        this.budget = budget;
    }

    /// <summary>The pack's file name, as messages give it.</summary>
    public string Name { get; }

    public IReadOnlyList<HostedAnalyzer> Analyzers { get; private set; } = [];

    /// <summary>Starts the pack's host and learns its rules.</summary>
    /// <exception cref="ConfigurationException">The host cannot start, or the pack cannot be loaded.</exception>
    public static IReadOnlyList<PlanAnalyzer> Load(PackReference pack)
    {
        string name = Path.GetFileName(pack.Path);
        ConfigurationException Fail(string why) => new($"Rule pack {name} cannot be loaded: {why}", pack.DeclaredAt);

        var budget = Budget() ?? throw new ConfigurationException("PLANLINT_PACK_TIMEOUT must be a positive number of seconds.", pack.DeclaredAt);
        PackHostProcess host;
        string first;
        try
        {
            host = PackHostProcess.Start(pack.Path);
            first = host.Exchange([], StartBudget);
        }
        catch (PackHostException e)
        {
            throw Fail(e.Message);
        }

        try
        {
            using var said = JsonDocument.Parse(first);
            if (said.RootElement.TryGetProperty("refused", out var refused))
            {
                host.Stop();
                throw Fail(refused.GetString() ?? "the pack host refused it.");
            }

            var hosted = new HostedPack(pack.Path, name, first, host, budget);
            hosted.Analyzers = [.. said.RootElement.GetProperty("analyzers").EnumerateArray().Select((a, i) => new HostedAnalyzer(
                hosted,
                i,
                a.GetProperty("name").GetString() ?? "",
                [.. a.GetProperty("rules").EnumerateArray().Select(PackProtocol.ReadDescriptor)]))];
            return hosted.Analyzers;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            host.Stop();
            throw Fail("its pack host answered with something PlanLint could not read.");
        }
    }

    /// <summary>Runs the given analyzers of the pack over the context's plan, in the host.</summary>
    public PackResults Run(RuleContext context, IReadOnlyList<int> analyzers)
    {
        byte[] request = Request(context, analyzers);
        lock (gate)
        {
            if (hostFailures >= MaxHostFailures)
                return new PackResults(Failure($"its pack host already failed on {MaxHostFailures} plans in this run, so it was not started again"));
            try
            {
                if (host is null)
                {
                    host = PackHostProcess.Start(path);
                    // The pack is loaded afresh: it must still be the pack whose rules this run was set up with.
                    if (host.Exchange([], StartBudget) != description)
                        throw new PackHostException("it changed on disk while PlanLint was running");
                }

                string answer = host.Exchange(request, budget);
                try
                {
                    using var document = JsonDocument.Parse(answer);
                    var results = document.RootElement.GetProperty("results").EnumerateArray().Select(ReadResult).ToList();
                    if (results.Count != analyzers.Count)
                        throw new FormatException("one result per analyzer");
                    return new PackResults(analyzers.Zip(results).ToDictionary(p => p.First, p => p.Second));
                }
                catch (Exception e) when (IsUnreadable(e))
                {
                    throw new PackHostException("its pack host answered with something PlanLint could not read, so it was stopped");
                }
            }
            catch (PackHostException e)
            {
                hostFailures++;
                host?.Stop();
                host = null;
                return new PackResults(Failure(e.Message));
            }
        }
    }

    private AnalyzerFailedException Failure(string why) => new(why, "pack " + Name);

    private static AnalyzerResult ReadResult(JsonElement result) =>
        result.TryGetProperty("failed", out var failed)
            ? new AnalyzerResult([], failed.GetString() ?? "")
            : new AnalyzerResult([.. result.GetProperty("findings").EnumerateArray().Select(PackProtocol.ReadFinding)], null);

    private byte[] Request(RuleContext context, IReadOnlyList<int> analyzers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("path", context.Plan.Path);
            w.WriteStartArray("analyzers");
            foreach (int index in analyzers) w.WriteNumberValue(index);
            w.WriteEndArray();
            w.WriteStartObject("options");
            foreach (var descriptor in analyzers.SelectMany(i => Analyzers[i].SupportedDiagnostics).DistinctBy(d => d.Id))
            {
                var options = context.OptionsFor(descriptor);
                if (!options.Names.Any()) continue;
                w.WriteStartObject(descriptor.Id);
                foreach (string name in options.Names)
                {
                    if (!options.TryGet(name, out var value)) continue;
                    w.WritePropertyName(name);
                    value.WriteTo(w);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WritePropertyName("plan");
            CanonicalPlan(context.Plan).WriteTo(w);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The plan as `import` would write it, without suppressions (PlanLint applies those), with each concern's source rows.</summary>
    private static JsonObject CanonicalPlan(ActionPlan plan)
    {
        var tree = CanonicalPlanTree.Build(plan);
        tree.Remove("suppress");
        var concerns = tree["concerns"]?.AsArray() ?? [];
        for (int i = 0; i < concerns.Count && i < plan.Concerns.Count; i++)
        {
            if (concerns[i] is not JsonObject concern) continue;
            concern.Remove("suppress");
            foreach (var action in concern["actions"]?.AsArray() ?? [])
                (action as JsonObject)?.Remove("suppress");
            if (plan.Concerns[i].Rows.Count > 0)
                concern["rows"] = new JsonArray([.. plan.Concerns[i].Rows.Select(r => (JsonNode)PackProtocol.RowJson(r))]);
        }

        return tree;
    }

    private static bool IsUnreadable(Exception e) =>
        e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException;

    private static TimeSpan? Budget()
    {
        string? configured = Environment.GetEnvironmentVariable("PLANLINT_PACK_TIMEOUT");
        if (string.IsNullOrWhiteSpace(configured)) return DefaultBudget;
        return double.TryParse(configured, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds > 0 && seconds < 86_400
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}

/// <summary>What one analyzer of a pack gave for one plan: its findings, or the description of its failure.</summary>
internal sealed record AnalyzerResult(IReadOnlyList<PackProtocol.Finding> Findings, string? Failed);

/// <summary>What a pack's host gave for one plan: a result per analyzer asked for, or one failure for them all.</summary>
internal sealed class PackResults
{
    public PackResults(IReadOnlyDictionary<int, AnalyzerResult> results) => Results = results;

    public PackResults(AnalyzerFailedException failure)
    {
        Results = new Dictionary<int, AnalyzerResult>();
        Failure = failure;
    }

    public IReadOnlyDictionary<int, AnalyzerResult> Results { get; }

    public AnalyzerFailedException? Failure { get; }
}

/// <summary>
/// One analyzer of a compiled pack as the engine sees it. Each that is on for a plan says so in a plan callback; at the
/// end of the plan the first of them asks the host to run them all, and each reports its own findings or failure.
/// </summary>
internal sealed class HostedAnalyzer(HostedPack pack, int index, string name, IReadOnlyList<RuleDescriptor> descriptors) : PlanAnalyzer
{
    private readonly Dictionary<string, RuleDescriptor> byId = descriptors.DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);

    public override IReadOnlyList<RuleDescriptor> SupportedDiagnostics => descriptors;

    public override string Name => name;

    public HostedPack Pack => pack;

    public override void Initialize(AnalysisRegistration registration)
    {
        registration.RegisterPlanAction(context => Batch(context).Active.Add(index));
        registration.RegisterPlanEndAction(Report);
    }

    private PlanBatch Batch(RuleContext context) => context.Shared(pack, () => new PlanBatch());

    private void Report(RuleContext context)
    {
        var batch = Batch(context);
        var results = batch.Results ??= pack.Run(context, batch.Active);
        if (results.Failure is { } whole) throw whole;
        if (!results.Results.TryGetValue(index, out var result)) return;
        if (result.Failed is { } failed) throw new AnalyzerFailedException(failed);

        var plan = context.Plan;
        foreach (var finding in result.Findings)
        {
            if (!byId.TryGetValue(finding.Rule, out var descriptor))
                throw new AnalyzerFailedException($"its pack host reported {finding.Rule}, which {name} does not declare");
            var concern = finding.ConcernOrdinal >= 0 && finding.ConcernOrdinal < plan.Concerns.Count ? plan.Concerns[finding.ConcernOrdinal] : null;
            var action = finding.ActionIndex is { } i ? concern?.Actions.FirstOrDefault(a => a.Index == i) : null;
            context.ReportFormatted(
                descriptor,
                concern,
                action,
                PackProtocol.Resolve(plan, finding.Pointer),
                [.. finding.Related.Select(r => new RelatedLocation(PackProtocol.Resolve(plan, r.Pointer), r.Message))],
                finding.Span,
                finding.Message,
                finding.RedactedMessage,
                finding.OnInferredValue,
                finding.AlsoActions);
        }
    }

    /// <summary>The pack's analyzers that are on for one plan, and what the host gave them.</summary>
    private sealed class PlanBatch
    {
        public List<int> Active { get; } = [];

        public PackResults? Results { get; set; }
    }
}
