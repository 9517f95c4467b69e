using System.Runtime.CompilerServices;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Reading;
using PlanLint.Rules;
using PlanLint.Suppressions;

namespace PlanLint.Linting;

/// <summary>What to lint and how.</summary>
public sealed record LintOptions
{
    public AnalysisOptions Analysis { get; init; } = AnalysisOptions.Default;

    /// <summary>The options for each file (by the path given to the linter), when configuration differs per file; otherwise <see cref="Analysis"/>.</summary>
    public Func<string, AnalysisOptions>? AnalysisFor { get; init; }

    /// <summary>The largest file to read, per file (from "maxFileSize" or --max-file-size); null means the readers' own limit.</summary>
    public Func<string, long?>? MaxFileBytesFor { get; init; }

    /// <summary>Whether each result keeps the plan as read, for reports that show the plan beside its findings.</summary>
    public bool KeepPlans { get; init; }

    /// <summary>Files at once; 1 lints in order on this thread. Output order never depends on it.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>The findings for one file, in <see cref="DiagnosticOrder"/>.</summary>
public sealed record FileResult(string Path, IReadOnlyList<Diagnostic> Diagnostics, bool ReadFailed)
{
    /// <summary>Set when the file turned out not to be a plan at all (see <see cref="PlanReadResult.NotAPlan"/>).</summary>
    public NotAPlan? NotAPlan { get; init; }

    /// <summary>The plan as read, when <see cref="LintOptions.KeepPlans"/> asked for it and the file could be read.</summary>
    public ActionPlan? Plan { get; init; }
}

/// <summary>Reads and lints plan files. Results come back in input order whatever the parallelism.</summary>
public sealed class PlanLinter
{
    private readonly PlanReaders readers;

    public PlanLinter(AnalyzerEngine engine, PlanReaders readers)
    {
        Engine = engine;
        this.readers = readers;
    }

    public static PlanLinter CreateDefault() => new(new AnalyzerEngine(BuiltInRules.Create()), PlanReaders.Default);

    public AnalyzerEngine Engine { get; }

    public PlanReaders Readers => readers;

    /// <summary>A linter that also runs the given analyzers (from rule packs).</summary>
    public PlanLinter WithAnalyzers(IEnumerable<PlanAnalyzer> more) => new(new AnalyzerEngine(Engine.Analyzers.Concat(more)), readers);

    /// <summary>
    /// Reads and lints one file. Whatever goes wrong with this file stays with it: a reader that throws (a bug in
    /// PlanLint, not a property of the file) becomes an error finding on the file, and the other files are still linted.
    /// </summary>
    public FileResult LintFile(string path, LintOptions options)
    {
        try
        {
            return LintFileCore(path, options);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            string message = $"PlanLint failed while reading this file ({e.GetType().Name}: {Text.Excerpt.Of(e.Message.ReplaceLineEndings(" "), 200)}); this is a bug in PlanLint, please report it with the file.";
            return new FileResult(path, [InvalidPlanDiagnostic.Create(SourceLocation.File(path), message)], ReadFailed: true);
        }
    }

    private FileResult LintFileCore(string path, LintOptions options)
    {
        var read = readers.ReadFile(path, options.MaxFileBytesFor?.Invoke(path));
        if (read.Plan is null)
            return new FileResult(path, read.Diagnostics, ReadFailed: true) { NotAPlan = read.NotAPlan };
        var sideFile = SuppressionSideFile.LoadFor(path);
        var analysis = options.AnalysisFor?.Invoke(path) ?? options.Analysis;
        return new FileResult(path, Lint(read.Plan, [.. read.Diagnostics, .. sideFile.Problems], analysis, sideFile.Suppressions), ReadFailed: false)
        {
            Plan = options.KeepPlans ? read.Plan : null,
        };
    }

    /// <summary>
    /// Reads a plan from content already in memory and lints it as <see cref="LintFile"/> does (side file and
    /// configuration included), giving the plan too: for commands that put the findings back into the document.
    /// </summary>
    public (ActionPlan? Plan, FileResult Result) ReadAndLint(string path, ReadOnlyMemory<byte> content, LintOptions options)
    {
        var read = readers.Read(path, content);
        if (read.Plan is null)
            return (null, new FileResult(path, read.Diagnostics, ReadFailed: true));
        var sideFile = SuppressionSideFile.LoadFor(path);
        var analysis = options.AnalysisFor?.Invoke(path) ?? options.Analysis;
        return (read.Plan, new FileResult(path, Lint(read.Plan, [.. read.Diagnostics, .. sideFile.Problems], analysis, sideFile.Suppressions), ReadFailed: false));
    }

    public IReadOnlyList<Diagnostic> Lint(ActionPlan plan, IReadOnlyList<Diagnostic> readerDiagnostics, LintOptions options) =>
        Lint(plan, readerDiagnostics, options.Analysis, []);

    private IReadOnlyList<Diagnostic> Lint(ActionPlan plan, IReadOnlyList<Diagnostic> readerDiagnostics, AnalysisOptions analysis, IReadOnlyList<ExternalSuppression> suppressions)
    {
        var found = Engine.Analyze(plan, analysis, suppressions);
        if (readerDiagnostics.Count == 0) return found;
        var all = readerDiagnostics.Concat(found).ToList();
        all.Sort(DiagnosticOrder.Instance);
        return all;
    }

    public IReadOnlyList<FileResult> LintFiles(IReadOnlyList<string> paths, LintOptions options, IProgress<int>? progress = null)
    {
        if (options.MaxParallelism > 1 && paths.Count > 1)
            return LintInParallel(paths, options, progress);

        var results = new FileResult[paths.Count];
        for (int i = 0; i < paths.Count; i++)
        {
            results[i] = LintFile(paths[i], options);
            progress?.Report(i + 1);
        }

        return results;
    }

    /// <summary>A method of its own so that linting one file loads and compiles nothing of Parallel.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private FileResult[] LintInParallel(IReadOnlyList<string> paths, LintOptions options, IProgress<int>? progress)
    {
        var results = new FileResult[paths.Count];
        int done = 0;
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism }, i =>
        {
            results[i] = LintFile(paths[i], options);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }
}
