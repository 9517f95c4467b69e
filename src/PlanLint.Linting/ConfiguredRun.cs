using System.Diagnostics.CodeAnalysis;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Linting.Baselines;

namespace PlanLint.Linting;

/// <summary>The configuration, suppression and baseline steps of <c>planlint check</c>, kept out of <see cref="CheckRunner"/>.</summary>
public static class ConfiguredRun
{
    /// <summary>Sets up configuration and rule packs, and reads the baseline; on failure writes one located line and returns false (exit code 2).</summary>
    public static bool TrySetUp(
        PlanLinter linter,
        IReadOnlyList<string> paths,
        CheckOptions options,
        TextWriter error,
        [NotNullWhen(true)] out LintSetup? setup,
        out BaselineRun? baseline)
    {
        setup = null;
        baseline = null;
        if (options.PruneBaseline && options.Baseline is null)
        {
            error.WriteLine("planlint: --prune-baseline needs --baseline FILE.");
            return false;
        }

        try
        {
            setup = LintSetup.ForFiles(linter, paths, options.Configuration with { WorkingDirectory = options.WorkingDirectory });
            if (options.Baseline is { } path)
                baseline = BaselineRun.Read(Path.GetFullPath(Path.Combine(options.WorkingDirectory, path)), path, options.PruneBaseline);
            return true;
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + Describe(e, options.WorkingDirectory));
            return false;
        }
    }

    /// <summary>
    /// Resolves the command line's inputs; an input that names nothing (a missing path, a folder without plan files, a
    /// glob that matches nothing) or a broken configuration writes one line each and returns false with exit code 2.
    /// When every file was left out by "exclude"/"include" there is nothing to do: false with exit code 0, as a hook that
    /// is handed only excluded files must pass.
    /// </summary>
    public static bool TryResolveInputs(
        IReadOnlyList<string> inputs,
        string workingDirectory,
        InputSelection selection,
        ConfigurationRequest configuration,
        TextWriter error,
        out InputResolver.Resolution resolution,
        out int exitCode)
    {
        exitCode = ExitCodes.Usage;
        resolution = new InputResolver.Resolution([], new HashSet<string>(), [], []);
        if (inputs.Count == 0)
        {
            error.WriteLine("planlint: no input files given.");
            return false;
        }

        try
        {
            resolution = InputResolver.Resolve(inputs, workingDirectory, selection, configuration);
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + Describe(e, workingDirectory));
            return false;
        }

        foreach (var problem in resolution.Problems)
            error.WriteLine("planlint: " + TerminalText.Escape(problem));
        if (resolution.Problems.Count > 0)
            return false;
        if (resolution.Files.Count == 0)
        {
            resolution.ReportSkipped(error);
            error.WriteLine("planlint: nothing to lint: every file given was left out.");
            exitCode = ExitCodes.Success;
            return false;
        }

        return true;
    }

    /// <summary>A configuration problem in one line, with paths shown relative to the working directory.</summary>
    public static string Describe(ConfigurationException e, string workingDirectory) =>
        TerminalText.Escape(Text.Excerpt.Of(e.Describe(p => Relative(p, workingDirectory)), Text.Excerpt.MessageLength));

    public static string Relative(string path, string workingDirectory)
    {
        if (!Path.IsPathFullyQualified(path)) return path;
        string relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    /// <summary>Whether the console lists a finding: those that count, and suppressed ones with --show-suppressed.</summary>
    public static bool IsShown(Diagnostic d, CheckOptions options) =>
        d.CountsTowardsExitCode || (options.ShowSuppressed && d.IsSuppressed && d.BaselineState != BaselineState.Absent);

    /// <summary>
    /// The path to show for a finding: the input as given for the plan itself, and the same prefix for files beside
    /// it such as its suppression side file.
    /// </summary>
    public static string DisplayPath(string findingPath, string planPath, string planDisplay) =>
        findingPath.StartsWith(planPath, StringComparison.Ordinal) ? planDisplay + findingPath[planPath.Length..] : findingPath;
}
