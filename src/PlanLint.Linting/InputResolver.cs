using Microsoft.Extensions.FileSystemGlobbing;

namespace PlanLint.Linting;

/// <summary>Expands the command line's files and globs into a sorted, de-duplicated list of paths.</summary>
public static class InputResolver
{
    public sealed record Resolution(IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched);

    public static Resolution Resolve(IEnumerable<string> inputs, string workingDirectory)
    {
        var files = new List<string>();
        var unmatched = new List<string>();
        foreach (var input in inputs)
        {
            if (!IsGlob(input))
            {
                // A plain path is kept even when missing, so the reader reports it with its name.
                if (Directory.Exists(Path.Combine(workingDirectory, input)))
                {
                    var found = Expand(Path.Combine(input, "**/*.plan.json"), workingDirectory)
                        .Concat(Expand(Path.Combine(input, "**/*.plan.yaml"), workingDirectory))
                        .Concat(Expand(Path.Combine(input, "**/*.plan.yml"), workingDirectory))
                        .ToList();
                    if (found.Count == 0) unmatched.Add(input);
                    files.AddRange(found);
                }
                else
                {
                    files.Add(input);
                }

                continue;
            }

            var matches = Expand(input, workingDirectory).ToList();
            if (matches.Count == 0) unmatched.Add(input);
            files.AddRange(matches);
        }

        return new Resolution([.. files.Distinct(StringComparer.Ordinal)], unmatched);
    }

    private static bool IsGlob(string input) => input.IndexOfAny(['*', '?', '[']) >= 0;

    private static IEnumerable<string> Expand(string pattern, string workingDirectory)
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
