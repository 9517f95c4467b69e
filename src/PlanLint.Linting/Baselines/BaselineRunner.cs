using PlanLint.Text;
using PlanLint.Configuration;
using PlanLint.Formatters;
using PlanLint.IO;

namespace PlanLint.Linting.Baselines;

/// <summary>Everything <c>planlint baseline</c> was asked to do.</summary>
public sealed record BaselineOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public string Output { get; init; } = Baseline.DefaultFileName;
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
    public ConfigurationRequest Configuration { get; init; } = new();
    public LintOptions Lint { get; init; } = new();

    /// <summary><c>--include</c> and <c>--exclude</c>.</summary>
    public InputSelection Selection { get; init; } = new();
}

/// <summary><c>planlint baseline</c>: lint the inputs as <c>check</c> would and record every finding that counts in a baseline file.</summary>
public sealed class BaselineRunner(PlanLinter linter)
{
    public int Run(BaselineOptions options, TextWriter output, TextWriter error)
    {
        using var inputs = InputLedger.Begin();
        // The baseline's folder is made if missing (a baseline often lives in a config folder of its own).
        if (options.Output != "-" && Path.GetDirectoryName(Path.GetFullPath(options.Output, options.WorkingDirectory)) is { } folderToMake)
        {
            try
            {
                Directory.CreateDirectory(folderToMake);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"planlint: {TerminalText.Escape(options.Output)}: the baseline's folder could not be made: {TerminalText.Escape(e.Message)}");
                return ExitCodes.Usage;
            }
        }

        if (!OutputTarget.TryResolve(options.Output, options.WorkingDirectory, out var target, out var problem))
        {
            error.WriteLine("planlint: " + TerminalText.Escape(problem));
            return ExitCodes.Usage;
        }

        if (!ConfiguredRun.TryResolveInputs(options.Inputs, options.WorkingDirectory, options.Selection, options.Configuration, error, out var resolution, out int exitCode))
            return exitCode;

        var paths = resolution.Files.Select(f => Path.Combine(options.WorkingDirectory, f)).ToList();
        LintSetup setup;
        try
        {
            setup = LintSetup.ForFiles(linter, paths, options.Configuration with { WorkingDirectory = options.WorkingDirectory });
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfiguredRun.Describe(e, options.WorkingDirectory));
            return ExitCodes.Usage;
        }

        if (paths.FirstOrDefault(target.Overwrites) is { } plan)
        {
            error.WriteLine($"planlint: refusing to write the baseline to '{TerminalText.Escape(options.Output)}': it is the plan '{TerminalText.Escape(plan)}'.");
            return ExitCodes.Usage;
        }

        var results = setup.Linter.LintFiles(paths, setup.Apply(options.Lint));
        (resolution, results) = resolution.WithoutNonPlans(results);
        resolution.ReportSkipped(error);
        // File paths in a baseline are relative to its folder (standard output: the working directory).
        string folder = target.Kind == OutputKind.File ? Path.GetDirectoryName(target.Path) ?? options.WorkingDirectory : options.WorkingDirectory;
        var baseline = Baseline.From(results, folder);
        if (!OutputWriter.WriteOne(target, "baseline", baseline.WriteTo, output, error))
            return ExitCodes.Usage;

        // Said on standard error when the baseline itself went to standard output.
        (target.Kind == OutputKind.StandardOutput ? error : output).WriteLine($"Wrote {Quantity.Of(baseline.Entries.Count, "finding")} from {Quantity.Of(results.Count, "file")} to {TerminalText.Escape(options.Output)}.");
        return ExitCodes.Success;
    }
}
