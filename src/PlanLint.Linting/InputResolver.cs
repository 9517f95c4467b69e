using Microsoft.Extensions.FileSystemGlobbing;
using PlanLint.Configuration;
using PlanLint.Formatters;

namespace PlanLint.Linting;

/// <summary>--include and --exclude from the command line: globs relative to the working directory.</summary>
public sealed record InputSelection
{
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
}

/// <summary>
/// Expands the command line's files, folders and globs into a sorted, de-duplicated list of paths. A folder means
/// every plan format PlanLint reads (<see cref="FolderPatterns"/>), without hidden folders. "include"/"exclude" in
/// planlint.json and --include/--exclude narrow what is linted, even for a file named on its own. A missing path, a
/// folder with no plan files and a glob that matches nothing are problems (misuse: exit code 2), each said once.
/// </summary>
public static class InputResolver
{
    /// <summary>What a folder on the command line brings in: every format the readers read.</summary>
    public static IReadOnlyList<string> FolderPatterns { get; } = ["**/*.plan.json", "**/*.plan.yaml", "**/*.plan.yml", "**/*.docx", "**/*.pdf", "**/*.txt"];

    /// <summary>A file left out, and why, said once per file.</summary>
    public sealed record Skip(string Path, string Reason);

    /// <param name="Files">What to lint, as shown (relative to the working directory where possible).</param>
    /// <param name="Found">The files among <paramref name="Files"/> that a folder or glob brought in rather than the command line naming them: one that turns out to hold no plan is skipped, not reported.</param>
    /// <param name="Problems">Inputs that named nothing: one line each.</param>
    /// <param name="Skipped">Files left out before reading, with the reason.</param>
    public sealed record Resolution(IReadOnlyList<string> Files, IReadOnlySet<string> Found, IReadOnlyList<string> Problems, IReadOnlyList<Skip> Skipped)
    {
        /// <summary>
        /// Drops the files that turned out not to be plans (a Word document or text file without a plan table that a
        /// folder or glob found; Word's lock file and Git LFS pointers wherever they came from) from the results, and
        /// adds them to <see cref="Skipped"/>.
        /// </summary>
        public (Resolution Resolution, IReadOnlyList<FileResult> Results) WithoutNonPlans(IReadOnlyList<FileResult> results)
        {
            var files = new List<string>();
            var kept = new List<FileResult>();
            var skipped = new List<Skip>(Skipped);
            for (int i = 0; i < results.Count; i++)
            {
                if (results[i].NotAPlan is { } notAPlan && (notAPlan.EvenWhenNamed || Found.Contains(Files[i])))
                {
                    skipped.Add(new Skip(Files[i], notAPlan.Reason));
                    continue;
                }

                files.Add(Files[i]);
                kept.Add(results[i]);
            }

            return (this with { Files = files, Skipped = skipped }, kept);
        }

        /// <summary>Writes each skipped file once, in path order: "planlint: skipped drafts/~$plan.docx: Word's lock file …".</summary>
        public void ReportSkipped(TextWriter error)
        {
            foreach (var skip in Skipped.DistinctBy(s => s.Path).OrderBy(s => s.Path, StringComparer.Ordinal))
                error.WriteLine($"planlint: skipped {TerminalText.Escape(skip.Path)}: {TerminalText.Escape(skip.Reason)}.");
        }
    }

    /// <summary>
    /// Resolves the command line's inputs; an input that names nothing (a missing path, a folder without plan files, a
    /// glob that matches nothing) or a broken configuration writes one line each and returns false with exit code 2.
    /// When every file was left out by "exclude"/"include" there is nothing to do: false with exit code 0, as a hook that
    /// is handed only excluded files must pass.
    /// </summary>
    public static bool TryResolve(
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
            error.WriteLine("planlint: " + ConfigurationProblem.Describe(e, workingDirectory));
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

    /// <exception cref="ConfigurationException">A configuration that applies to one of the files is broken.</exception>
    public static Resolution Resolve(IEnumerable<string> inputs, string workingDirectory, InputSelection selection, ConfigurationRequest configuration)
    {
        var resolver = new ConfigurationResolver(configuration with { WorkingDirectory = workingDirectory });
        var include = selection.Include.Count == 0 ? null : Matches(selection.Include, workingDirectory);
        var exclude = selection.Exclude.Count == 0 ? null : Matches(selection.Exclude, workingDirectory);

        var files = new List<string>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var skipped = new List<Skip>();

        string? LeftOutBecause(string display)
        {
            string full = Path.GetFullPath(Path.Combine(workingDirectory, display));
            if (exclude is not null && exclude(full)) return "excluded by --exclude";
            if (include is not null && !include(full)) return "not matched by --include";
            if (resolver.ExcludedBy(full) is { } setting)
            {
                string where = (setting.Location with { Path = DisplayPaths.Relative(setting.Location.Path, workingDirectory) }).ToString();
                return setting.Setting == "exclude" ? $"excluded by \"exclude\" in {where}" : $"not matched by \"include\" in {where}";
            }

            return null;
        }

        void AddFound(string input, IReadOnlyList<string> matches, string nothing)
        {
            if (matches.Count == 0)
            {
                problems.Add(nothing);
                return;
            }

            // Files a folder or glob brings in that the selection leaves out are not worth a line each: that is what was asked.
            foreach (var match in matches)
            {
                if (LeftOutBecause(match) is not null) continue;
                files.Add(match);
                found.Add(match);
            }
        }

        foreach (var input in inputs)
        {
            if (IsGlob(input))
            {
                AddFound(input, Expand(input, workingDirectory).ToList(), $"no files match '{input}'.");
                continue;
            }

            string full = Path.Combine(workingDirectory, input);
            if (Directory.Exists(full))
            {
                var matches = FolderPatterns.SelectMany(p => Expand(Path.Combine(input, p), workingDirectory, hiddenFolders: false)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                AddFound(input, matches, $"the folder '{input}' holds no plan files ({string.Join(", ", FolderPatterns.Select(p => p[3..]))}).");
            }
            else if (File.Exists(full))
            {
                if (LeftOutBecause(input) is { } reason)
                {
                    skipped.Add(new Skip(input, reason));
                    continue;
                }

                files.Add(input);
                named.Add(input);
            }
            else
            {
                problems.Add($"'{input}' does not exist.");
            }
        }

        // A file both named and found by a folder counts as named: it was asked for by name.
        found.ExceptWith(named);
        return new Resolution([.. files.Distinct(StringComparer.Ordinal)], found, [.. problems.Distinct(StringComparer.Ordinal)], skipped);
    }

    /// <summary>Whether a full path matches globs relative to a folder; kept out of <see cref="Resolve"/> so that a run without globs loads no FileSystemGlobbing.</summary>
    private static Func<string, bool> Matches(IReadOnlyList<string> globs, string folder)
    {
        var matcher = ConfigurationResolver.CreateMatcher(globs);
        return full => matcher.Match(folder, full).HasMatches;
    }

    private static bool IsGlob(string input) => input.IndexOfAny(['*', '?', '[']) >= 0;

    private static IEnumerable<string> Expand(string pattern, string workingDirectory, bool hiddenFolders = true)
    {
        string normalized = pattern.Replace('\\', '/');
        string root = ".";
        // Split off the fixed leading folders so absolute and ../ patterns work.
        var segments = normalized.Split('/');
        int firstGlob = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?', '[']) >= 0);
        if (firstGlob > 0)
        {
            root = string.Join('/', segments[..firstGlob]);
            normalized = string.Join('/', segments[firstGlob..]);
        }
        else if (normalized.StartsWith('/'))
        {
            root = "/";
            normalized = normalized.TrimStart('/');
        }

        if (root.Length == 0) root = "/";
        string absoluteRoot = Path.GetFullPath(Path.Combine(workingDirectory, root));
        if (!Directory.Exists(absoluteRoot)) return [];

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(normalized);
        if (!hiddenFolders) matcher.AddExclude("**/.*/**");
        return matcher.GetResultsInFullPath(absoluteRoot)
            .Select(full => Display(full, workingDirectory, root))
            .Order(StringComparer.Ordinal);
    }

    private static string Display(string fullPath, string workingDirectory, string root)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        return Path.IsPathRooted(root) && relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative.Replace('\\', '/');
    }
}
