using PlanLint.Configuration;
using PlanLint.Linting.Baselines;
using PlanLint.Linting.Packs;
using PlanLint.Readers;
using PlanLint.Suppressions;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Robustness;

/// <summary>
/// Every entry point that takes outside bytes, as the fuzz harness (fuzz/) drives it: a plan file per reader and the
/// files that configure a run. Each returns normally or throws <see cref="ConfigurationException"/> (the located,
/// exit-code-2 answer for configuration); anything else escaping is a bug. Seeds are the fuzz seeds in fuzz/seeds.
/// </summary>
public static class EntryPoints
{
    public sealed record EntryPoint(string Name, string FileName, Action<string, byte[]> Run)
    {
        public override string ToString() => Name;
    }

    public static IReadOnlyList<EntryPoint> All { get; } =
    [
        new("json", "plan.json", (_, bytes) => ReadPlan("plan.json", bytes)),
        new("yaml", "plan.yaml", (_, bytes) => ReadPlan("plan.yaml", bytes)),
        new("docx", "plan.docx", (_, bytes) => ReadPlan("plan.docx", bytes)),
        new("text", "plan.txt", (_, bytes) => ReadPlan("plan.txt", bytes)),
        new("pdf", "plan.pdf", (_, bytes) => ReadPlan("plan.pdf", bytes)),
        new("config", "planlint.json", (_, bytes) => ConfigFileReader.Parse("planlint.json", bytes, "/")),
        new("baseline", Baseline.DefaultFileName, (folder, bytes) => Baseline.Read(Write(folder, Baseline.DefaultFileName, bytes))),
        new("sidefile", "plan.json" + SuppressionSideFile.Suffix, (_, bytes) => SideFile(bytes)),
        new("rulepack", "rule.yml", (folder, bytes) =>
        {
            // A JSON-looking rule goes through the JSON parser as well as the YAML one (YAML is a superset).
            DeclarativePack.LoadRule(Write(folder, "rule.yml", bytes));
            if (bytes.AsSpan().TrimStart(" \t\r\n"u8).StartsWith("{"u8))
                DeclarativePack.LoadRule(Write(folder, "rule.json", bytes));
        }),
    ];

    private static readonly PlanLint.Linting.PlanLinter Linter = PlanLint.Linting.PlanLinter.CreateDefault();

    public static TheoryData<string> Names() => [.. All.Select(e => e.Name)];

    public static EntryPoint Named(string name) => All.Single(e => e.Name == name);

    /// <summary>The seed files of an entry point, from fuzz/seeds/NAME.</summary>
    public static IReadOnlyList<byte[]> Seeds(string name) =>
        [.. Directory.GetFiles(Repo.Path("fuzz", "seeds", name)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    /// <summary>Runs the entry point; true when it answered with a configuration error rather than a result.</summary>
    public static bool Accepts(EntryPoint entry, string folder, byte[] bytes)
    {
        try
        {
            entry.Run(folder, bytes);
            return true;
        }
        catch (ConfigurationException e)
        {
            e.Message.ShouldNotBeNullOrWhiteSpace();
            return false;
        }
    }

    private static void ReadPlan(string path, byte[] bytes)
    {
        var result = PlanReaders.Default.Read(path, bytes);
        (result.Plan is not null || result.Diagnostics.Count > 0).ShouldBeTrue("a reader gave neither a plan nor a diagnostic");
        foreach (var d in result.Diagnostics)
            d.Message.ShouldNotBeNullOrWhiteSpace();
        if (result.Plan is not null)
            Linter.Lint(result.Plan, result.Diagnostics, new PlanLint.Linting.LintOptions { MaxParallelism = 1 });
    }

    private static void SideFile(byte[] bytes)
    {
        foreach (var problem in SuppressionSideFile.Parse("plan.json" + SuppressionSideFile.Suffix, bytes).Problems)
            problem.Message.ShouldNotBeNullOrWhiteSpace();
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
