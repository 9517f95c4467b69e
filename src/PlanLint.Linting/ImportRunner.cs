using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.IO;
using PlanLint.Readers;
using PlanLint.Rules;
using PlanLint.Writers.Plans;

namespace PlanLint.Linting;

/// <summary>Everything <c>planlint import</c> was asked to do.</summary>
public sealed record ImportOptions
{
    public required string Input { get; init; }

    /// <summary>The canonical file to write; its extension (.json, .yaml, .yml) chooses the format.</summary>
    public required string Output { get; init; }
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// What the written file names as its schema (a path relative to it, or a URL); by default the nearest
    /// schema/action-plan.schema.json at or above its folder, written beside it when there is none, so it resolves offline.
    /// </summary>
    public string? SchemaUri { get; init; }
}

/// <summary>
/// <c>planlint import</c>: reads a plan in any format and writes it in canonical JSON or YAML, atomically, so a
/// Word draft or published plan can be kept in git. Problems reading the input are printed as findings on standard error:
/// a file that cannot be read (PL0001), and the reading findings (Reading rules) for what the document does not say for
/// certain, which the written file keeps, so <c>planlint check</c> on it reports them again.
/// </summary>
public sealed class ImportRunner(PlanReaders readers)
{
    private static readonly Lazy<AnalyzerEngine> ReadingRules = new(() => new AnalyzerEngine(
        BuiltInRules.Create().Where(a => a.SupportedDiagnostics.All(d => d.Category == RuleCategory.Reading))));

    public int Run(ImportOptions options, TextWriter output, TextWriter error)
    {
        using var inputs = InputLedger.Begin();
        string input = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Input));
        if (!OutputTarget.TryResolve(options.Output, options.WorkingDirectory, out var target, out var problem))
        {
            error.WriteLine("planlint: " + TerminalText.Escape(problem));
            return ExitCodes.Usage;
        }

        var writer = PlanWriters.ForFile(Path.GetFullPath(options.Output, options.WorkingDirectory));
        if (writer is null)
        {
            string known = string.Join(", ", PlanWriters.All.SelectMany(w => w.Extensions));
            error.WriteLine($"planlint: cannot tell which format to write '{TerminalText.Escape(options.Output)}': the output name must end in {known}.");
            return ExitCodes.Usage;
        }

        if (target.Overwrites(input))
        {
            error.WriteLine($"planlint: refusing to write over the input file '{TerminalText.Escape(options.Input)}'; choose another output name.");
            return ExitCodes.Usage;
        }

        var read = readers.ReadFile(input);
        foreach (var d in read.Diagnostics)
            error.WriteLine(ConsoleFormatter.Format(d with { Location = d.Location with { Path = options.Input } }));
        if (read.Plan is not { } plan)
            return ExitCodes.Findings;

        // A file gets a copy of the schema beside it (once per tree) and names it; standard output or a pipe names the URL.
        bool toFile = target.Kind == OutputKind.File;
        string folder = toFile ? Path.GetDirectoryName(target.Path) ?? options.WorkingDirectory : options.WorkingDirectory;
        string? schemaCopy = options.SchemaUri is null && toFile ? Schemas.FindCopy(Schemas.Plan, folder) : null;
        bool writeCopy = options.SchemaUri is null && toFile && schemaCopy is null;
        schemaCopy ??= Path.Combine(folder, Schemas.CopyFolder, Schemas.Plan.FileName);
        string schema = options.SchemaUri ?? (toFile ? Schemas.Reference(folder, schemaCopy) : Schemas.Plan.Url);
        var outputs = new OutputWriter(output, error).Add(target, "plan", stream => writer.Write(plan, stream, schema));
        if (writeCopy)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(schemaCopy) ?? folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"planlint: could not make the folder for the schema copy: {TerminalText.Escape(e.Message)}");
                return ExitCodes.Findings;
            }

            if (!OutputTarget.TryResolve(schemaCopy, folder, out var copyTarget, out var copyProblem))
            {
                error.WriteLine("planlint: " + TerminalText.Escape(copyProblem));
                return ExitCodes.Findings;
            }

            outputs.AddText(copyTarget, "schema copy", Schemas.Plan.Text);
        }

        if (!outputs.Commit())
            return ExitCodes.Findings;

        foreach (var d in ReadingRules.Value.Analyze(plan, AnalysisOptions.Default))
            error.WriteLine(ConsoleFormatter.Format(d with { Location = d.Location with { Path = options.Input } }));
        (target.Kind == OutputKind.StandardOutput ? error : output).WriteLine($"Wrote {TerminalText.Escape(options.Output)}: {PlanCounts.Of(plan)}.");
        if (writeCopy)
            (target.Kind == OutputKind.StandardOutput ? error : output).WriteLine($"Wrote {TerminalText.Escape(DisplayPaths.Relative(schemaCopy, options.WorkingDirectory))}, the schema it names, so editors check it offline.");
        return read.Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
