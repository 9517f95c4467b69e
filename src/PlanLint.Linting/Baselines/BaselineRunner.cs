using PlanLint.Text;
using PlanLint.Configuration;
using PlanLint.Formatters;

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

        var results = setup.Linter.LintFiles(paths, setup.Apply(options.Lint));
        (resolution, results) = resolution.WithoutNonPlans(results);
        resolution.ReportSkipped(error);
        string target = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Output));
        var baseline = Baseline.From(results, Path.GetDirectoryName(target)!);
        try
        {
            baseline.Write(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"planlint: {TerminalText.Escape(options.Output)}: the baseline could not be written: {TerminalText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        output.WriteLine($"Wrote {Quantity.Of(baseline.Entries.Count, "finding")} from {Quantity.Of(results.Count, "file")} to {TerminalText.Escape(options.Output)}.");
        return ExitCodes.Success;
    }
}
