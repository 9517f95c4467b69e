using PlanLint.Configuration;
using PlanLint.Formatters;
using PlanLint.IO;
using PlanLint.Linting.Migration;
using PlanLint.Text;

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

        if (!InputResolver.TryResolve(options.Inputs, options.WorkingDirectory, options.Selection, options.Configuration, error, out var resolution, out int exitCode))
            return exitCode;

        var paths = resolution.Files.Select(f => Path.Combine(options.WorkingDirectory, f)).ToList();
        LintSetup setup;
        try
        {
            setup = LintSetup.ForFiles(linter, paths, options.Configuration with { WorkingDirectory = options.WorkingDirectory });
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfigurationProblem.Describe(e, options.WorkingDirectory));
            return ExitCodes.Usage;
        }

        if (paths.FirstOrDefault(target.Overwrites) is { } plan)
        {
            error.WriteLine($"planlint: refusing to write the baseline to '{TerminalText.Escape(options.Output)}': it is the plan '{TerminalText.Escape(plan)}'.");
            return ExitCodes.Usage;
        }

        // An upgrade needs the plans as read: which fields the reader could not read for certain.
        var results = setup.Linter.LintFiles(paths, setup.Apply(options.Lint) with { KeepPlans = options.Upgrade });
        (resolution, results) = resolution.WithoutNonPlans(results);
        resolution.ReportSkipped(error);
        if (options.Upgrade)
            return Upgrade(options, target, results, output, error);
        // File paths in a baseline are relative to its folder (standard output: the working directory).
        string folder = target.Kind == OutputKind.File ? Path.GetDirectoryName(target.Path) ?? options.WorkingDirectory : options.WorkingDirectory;
        var baseline = Baseline.From(results, folder);
        if (!OutputWriter.WriteOne(target, "baseline", baseline.WriteTo, output, error))
            return ExitCodes.Usage;

        // Said on standard error when the baseline itself went to standard output.
        (target.Kind == OutputKind.StandardOutput ? error : output).WriteLine($"Wrote {Quantity.Of(baseline.Entries.Count, "finding")} from {Quantity.Of(results.Count, "file")} to {TerminalText.Escape(options.Output)}.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>--upgrade</c>: the baseline at the target, carried over; the file as it was is kept beside it under a name not
    /// yet taken. Both are written by one <see cref="OutputWriter"/>, so either both are written or neither is.
    /// </summary>
    private static int Upgrade(BaselineOptions options, OutputTarget target, IReadOnlyList<FileResult> results, TextWriter output, TextWriter error)
    {
        if (target.Kind != OutputKind.File)
        {
            error.WriteLine($"planlint: --upgrade needs the baseline file to upgrade as --output, not '{TerminalText.Escape(options.Output)}'.");
            return ExitCodes.Usage;
        }

        Baseline old;
        ReadOnlyMemory<byte> before;
        try
        {
            old = Baseline.Read(target.Path);
            if (!InputFile.TryRead(target.Path, InputFile.DefaultMaxBytes, "baseline", out before, out var unreadable))
            {
                error.WriteLine($"planlint: {TerminalText.Escape(options.Output)}: {TerminalText.Escape(unreadable.Message)}");
                return ExitCodes.Usage;
            }
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfigurationProblem.Describe(e, options.WorkingDirectory));
            return ExitCodes.Usage;
        }

        string backup = Backups.FreeName(target.Path);
        if (!OutputTarget.TryResolve(backup, options.WorkingDirectory, out var backupTarget, out var problem))
        {
            error.WriteLine("planlint: " + TerminalText.Escape(problem));
            return ExitCodes.Usage;
        }

        var upgrade = BaselineUpgrade.Of(old, results, Path.GetDirectoryName(target.Path) ?? options.WorkingDirectory);
        bool written = new OutputWriter(output, error)
            .Add(backupTarget, "copy of the baseline as it was", stream => stream.Write(before.Span))
            .AddUpdate(target, "baseline", upgrade.Baseline.WriteTo)
            .Commit();
        if (!written)
            return ExitCodes.Usage;

        foreach (string line in upgrade.Describe())
            output.WriteLine(TerminalText.Escape(line));
        output.WriteLine($"Upgraded {TerminalText.Escape(options.Output)}: {upgrade.Summary}; the file as it was is kept as {TerminalText.Escape(Path.GetFileName(backup))}.");
        return ExitCodes.Success;
    }
}
