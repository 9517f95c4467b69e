using System.Text;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Sarif;
using PlanLint.Linting;
using PlanLint.Readers;
using PlanLint.Rules;

namespace PlanLint.Tests.Support;

/// <summary>A temporary folder of plan files, linted into a <see cref="LintReport"/> with paths relative to the folder.</summary>
public sealed class TestReportFolder : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 2, 3, 10, 15, 30, 125, TimeSpan.Zero);
    public static readonly DateTimeOffset End = Start.AddMilliseconds(250);

    public string Root { get; } = Directory.CreateTempSubdirectory("planlint-report-").FullName;

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public LintReport Lint(IReadOnlyList<string> relativePaths, AnalysisOptions? analysis = null, IEnumerable<PlanAnalyzer>? analyzers = null)
    {
        analysis ??= AnalysisOptions.Default;
        var linter = new PlanLinter(new AnalyzerEngine(analyzers ?? BuiltInRules.Create()), PlanReaders.Default);
        var results = linter.LintFiles([.. relativePaths.Select(p => Path.Combine(Root, p))], TestPlans.SingleThreaded with { Analysis = analysis });
        return LintReports.Create(results, linter.Engine.Descriptors, analysis, Root) with
        {
            Arguments = ["check", .. relativePaths, "--format", "sarif"],
            StartTimeUtc = Start,
            EndTimeUtc = End,
        };
    }

    public LintReport Lint(params string[] relativePaths) => Lint((IReadOnlyList<string>)relativePaths);
}

public static class TestReports
{
    public static string Sarif(LintReport report, SarifFormatter? formatter = null) => Write(formatter ?? new SarifFormatter(), report);

    public static string Json(LintReport report) => Write(new JsonFindingsFormatter(), report);

    /// <summary>A report of hand-made findings, for cases no built-in rule produces yet (related locations, suppressions, Word parts).</summary>
    public static LintReport Of(string root, string path, params Diagnostic[] diagnostics) => new()
    {
        Files = [new ReportedFile(path, diagnostics)],
        Rules = [.. PlanLinter.CreateDefault().Engine.Descriptors.Select(d => new ReportedRule(d, d.DefaultSeverity))],
        RootDirectory = root,
        StartTimeUtc = TestReportFolder.Start,
        EndTimeUtc = TestReportFolder.End,
    };

    private static string Write(IReportFormatter formatter, LintReport report)
    {
        using var stream = new MemoryStream();
        formatter.Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
