using System.Text;
using System.Text.Json;
using PlanLint.Configuration;
using PlanLint.Formatters;
using PlanLint.Linting;
using PlanLint.Linting.Baselines;
using PlanLint.Linting.Packs;
using PlanLint.Readers;
using PlanLint.Suppressions;
using PlanLint.Writers.Plans;
using SharpFuzz;

namespace PlanLint.Fuzz;

/// <summary>
/// One AFL++ harness for every entry point that takes outside bytes: `PlanLint.Fuzz TARGET` reads inputs as AFL++ feeds
/// them. A target fails only on what must never happen: an unhandled exception, a hang (AFL's timeout), or output that
/// breaks its own format (a console line with a raw control character, canonical output PlanLint cannot read back).
/// A ConfigurationException is the correct, located answer to a broken configuration file.
/// </summary>
public static class Program
{
    // Created on first use: instrumented code must not run before Fuzzer.OutOfProcess.Run has mapped AFL's shared memory.
    private static readonly Lazy<PlanLinter> Linter = new(PlanLinter.CreateDefault);

    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["json"] = bytes => Plan("plan.json", bytes),
        ["yaml"] = bytes => Plan("plan.yaml", bytes),
        ["docx"] = bytes => Plan("plan.docx", bytes),
        ["text"] = bytes => Plan("plan.txt", bytes),
        ["pdf"] = bytes => Plan("plan.pdf", bytes),
        ["config"] = bytes => Configuration(() => ConfigFileReader.Parse("planlint.json", bytes, "/")),
        ["baseline"] = bytes => Configuration(() => Baseline.Read(Scratch(Baseline.DefaultFileName, bytes))),
        ["sidefile"] = bytes => Lines(SuppressionSideFile.Parse("a.plan.json" + SuppressionSideFile.Suffix, bytes).Problems.Select(ConsoleFormatter.Format)),
        ["rulepack"] = bytes =>
        {
            Configuration(() => DeclarativePack.LoadRule(Scratch("rule.yml", bytes)));
            Configuration(() => DeclarativePack.LoadRule(Scratch("rule.json", bytes)));
        },
        ["outputs"] = OutputTargets.Run,
        ["suppress"] = ConcurrentSuppressions.Run,
    };

    public static int Main(string[] args)
    {
        if (args.Length < 1 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: PlanLint.Fuzz TARGET [FILE]  (TARGET: {string.Join(", ", Targets.Keys)})");
            return 2;
        }

        if (args.Length > 1)
        {
            // Replays one input (a crash AFL++ saved) with the exception printed. Use an uninstrumented build:
            // dotnet run --project fuzz/PlanLint.Fuzz -- TARGET FILE
            target(File.ReadAllBytes(args[1]));
            Console.WriteLine("ok");
            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }

    private static void Plan(string name, byte[] bytes)
    {
        var result = PlanReaders.Default.Read(name, bytes);
        if (result.Plan is null)
        {
            if (result.Diagnostics.Count == 0) throw new InvalidOperationException("A reader gave neither a plan nor a diagnostic.");
            Lines(result.Diagnostics.Select(ConsoleFormatter.Format));
            return;
        }

        Lines(Linter.Value.Lint(result.Plan, result.Diagnostics, new LintOptions { MaxParallelism = 1 }).Select(ConsoleFormatter.Format));
        foreach (var writer in PlanWriters.All)
        {
            using var output = new MemoryStream();
            writer.Write(result.Plan, output, schemaUri: null);
            var again = PlanReaders.Default.Read("again." + writer.Format, output.ToArray());
            if (again.Plan is null)
                throw new InvalidOperationException($"PlanLint cannot read back its own {writer.Format}: {string.Join("; ", again.Diagnostics.Select(d => d.Message))}");
            if (writer is PlanJsonWriter) JsonDocument.Parse(output.ToArray()).Dispose();
        }
    }

    private static void Configuration(Action load)
    {
        try
        {
            load();
        }
        catch (ConfigurationException e)
        {
            Lines([ConfigurationProblem.Describe(e, "/")]);
        }
    }

    /// <summary>Console output must never carry a raw control character from the input (the terminal would act on it).</summary>
    private static void Lines(IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            if (line.Any(c => char.IsControl(c) && c != '\t'))
                throw new InvalidOperationException("A console line holds a raw control character: " + JsonSerializer.Serialize(line));
        }
    }

    internal static string Scratch(string name, byte[] bytes)
    {
        string folder = Path.Combine(Path.GetTempPath(), "planlint-fuzz-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
