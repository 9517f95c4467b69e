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
}

/// <summary><c>planlint baseline</c>: lint the inputs as <c>check</c> would and record every finding that counts in a baseline file.</summary>
public sealed class BaselineRunner(PlanLinter linter)
{
    public int Run(BaselineOptions options, TextWriter output, TextWriter error)
    {
        var resolution = InputResolver.Resolve(options.Inputs, options.WorkingDirectory);
        foreach (var pattern in resolution.Unmatched)
            error.WriteLine($"planlint: no plan files match '{TerminalText.Escape(pattern)}'.");
        if (resolution.Files.Count == 0 || resolution.Unmatched.Count > 0)
        {
            if (resolution.Unmatched.Count == 0) error.WriteLine("planlint: no input files given.");
            return ExitCodes.Usage;
        }

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
