using PlanLint.Text;
using PlanLint.Configuration;
using PlanLint.Formatters;
using PlanLint.Linting.Migration;

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

    /// <summary>
    /// <c>--upgrade</c>: rather than record today's findings, carry the entries of the existing baseline at
    /// <see cref="Output"/> over to the findings they are now (<see cref="Migration.FindingSuccession"/>).
    /// </summary>
    public bool Upgrade { get; init; }
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

        // An upgrade needs the plans as read: which fields the reader could not read for certain.
        var results = setup.Linter.LintFiles(paths, setup.Apply(options.Lint) with { KeepPlans = options.Upgrade });
        (resolution, results) = resolution.WithoutNonPlans(results);
        resolution.ReportSkipped(error);
        string target = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Output));
        if (options.Upgrade)
            return Upgrade(options, target, results, output, error);
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

    private static int Upgrade(BaselineOptions options, string target, IReadOnlyList<FileResult> results, TextWriter output, TextWriter error)
    {
        Baseline old;
        try
        {
            old = Baseline.Read(target);
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfiguredRun.Describe(e, options.WorkingDirectory));
            return ExitCodes.Usage;
        }

        var upgrade = BaselineUpgrade.Of(old, results, Path.GetDirectoryName(target)!);
        string? backup;
        try
        {
            backup = Backups.KeepCopy(target);
            upgrade.Baseline.Write(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"planlint: {TerminalText.Escape(options.Output)}: the baseline could not be upgraded: {TerminalText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        foreach (string line in upgrade.Describe())
            output.WriteLine(TerminalText.Escape(line));
        output.WriteLine($"Upgraded {TerminalText.Escape(options.Output)}: {upgrade.Summary}; the file as it was is kept as {TerminalText.Escape(Path.GetFileName(backup))}.");
        return ExitCodes.Success;
    }
}
