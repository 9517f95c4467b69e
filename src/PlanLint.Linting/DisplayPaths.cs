namespace PlanLint.Linting;

/// <summary>Paths as a person gave them: relative to the working directory, and a finding's file as its input was named.</summary>
public static class DisplayPaths
{
    /// <summary>A full path relative to the working directory when it is inside it; otherwise as it is.</summary>
    public static string Relative(string path, string workingDirectory)
    {
        if (!Path.IsPathFullyQualified(path)) return path;
        string relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    /// <summary>
    /// The path to show for a finding: the input as given for the plan itself, and the same prefix for files beside
    /// it such as its suppression side file.
    /// </summary>
    public static string OfFinding(string findingPath, string planPath, string planDisplay) =>
        findingPath.StartsWith(planPath, StringComparison.Ordinal) ? planDisplay + findingPath[planPath.Length..] : findingPath;
}
