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
