using System.Buffers;
using System.Text;
using System.Text.Json;
using PlanLint.Analysis;
using PlanLint.Analysis.Hosting;
using PlanLint.Diagnostics;

namespace PlanLint.PackHost;

/// <summary>Loads the pack, says what it holds, then answers one request per plan until PlanLint closes standard input.</summary>
internal static class HostLoop
{
    public static int Run(string packPath, Stream input, Stream output)
    {
        IReadOnlyList<PlanAnalyzer> analyzers;
        AnalyzerEngine engine;
        try
        {
            analyzers = PackLoader.Load(packPath);
            engine = CreateEngine(analyzers);
        }
        catch (PackRefusedException e)
        {
            Send(output, w => w.WriteString("refused", e.Message));
            return 0;
        }

        Send(output, w => Describe(w, analyzers));
        using var reader = new StreamReader(input, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            try
            {
                using var request = JsonDocument.Parse(line);
                Send(output, w => Answer(w, engine, analyzers, request.RootElement));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                Console.Error.WriteLine($"planlint-pack-host: a request it could not read: {e.Message}");
                return 3;
            }
        }

        return 0;
    }

    private static AnalyzerEngine CreateEngine(IReadOnlyList<PlanAnalyzer> analyzers)
    {
        try
        {
            return new AnalyzerEngine(analyzers);
        }
        catch (Exception e)
        {
            throw new PackRefusedException($"one of its rules threw {e.GetType().Name} while registering: {e.Message.ReplaceLineEndings(" ").Trim()}");
        }
    }

    private static void Describe(Utf8JsonWriter w, IReadOnlyList<PlanAnalyzer> analyzers)
    {
        w.WriteStartArray("analyzers");
        foreach (var analyzer in analyzers)
        {
            w.WriteStartObject();
            w.WriteString("name", analyzer.Name);
            w.WriteStartArray("rules");
            foreach (var descriptor in analyzer.SupportedDiagnostics)
                PackProtocol.WriteDescriptor(w, descriptor);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Answer(Utf8JsonWriter w, AnalyzerEngine engine, IReadOnlyList<PlanAnalyzer> analyzers, JsonElement request)
    {
        string path = request.GetProperty("path").GetString() ?? "";
        var plan = PackProtocol.ReadPlan(path, request.GetProperty("plan"));
        var wanted = request.GetProperty("analyzers").EnumerateArray().Select(e => analyzers[e.GetInt32()]).ToList();

        // Only the analyzers PlanLint asks for run; PlanLint applies the configured severities to what they report.
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var descriptor in analyzers.SelectMany(a => a.SupportedDiagnostics))
            severities[descriptor.Id] = Severity.None;
        foreach (var descriptor in wanted.SelectMany(a => a.SupportedDiagnostics))
            severities[descriptor.Id] = Severity.Error;
        var options = new Dictionary<string, RuleOptions>(StringComparer.Ordinal);
        if (request.TryGetProperty("options", out var configured))
        {
            foreach (var rule in configured.EnumerateObject())
                options[rule.Name] = new RuleOptions(rule.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal));
        }

        var outcomes = engine.Run(plan, new AnalysisOptions { RuleSeverities = severities, RuleOptions = options });
        w.WriteStartArray("results");
        foreach (var analyzer in wanted)
        {
            var outcome = outcomes.FirstOrDefault(o => ReferenceEquals(o.Analyzer, analyzer));
            w.WriteStartObject();
            if (outcome?.Failure is { } failure)
            {
                w.WriteString("failed", AnalyzerEngine.Describe(failure));
            }
            else
            {
                w.WriteStartArray("findings");
                foreach (var finding in outcome?.Findings ?? [])
                    PackProtocol.WriteFinding(w, finding);
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Send(Stream output, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        output.Write(buffer.WrittenSpan);
        output.WriteByte((byte)'\n');
        output.Flush();
    }
}
