using System.Text;

namespace PlanLint.Formatters;

/// <summary>
/// Turns the absolute paths of linted files into what reports show: paths relative to the root folder with
/// forward slashes, and for SARIF percent-encoded URIs relative to <see cref="RootBaseId"/>. A file outside the root
/// keeps an absolute path in JSON; in SARIF it gets a relative reference that climbs out of the root ("../x.plan.json"),
/// never an absolute <c>file:</c> URI, which GitHub code scanning rejects for the whole upload (GH1006).
/// </summary>
public sealed class ReportPaths
{
    /// <summary>The SARIF <c>uriBaseId</c> that relative artifact URIs are resolved against.</summary>
    public const string RootBaseId = "%SRCROOT%";

    private readonly string root;

    public ReportPaths(string rootDirectory) =>
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));

    /// <summary>The root as an absolute <c>file:</c> URI ending in a slash, as SARIF's originalUriBaseIds requires.</summary>
    public string RootUri => FileUri(root).TrimEnd('/') + "/";

    /// <summary>The path relative to the root with forward slashes, or null when the file is outside the root.</summary>
    public string? RelativePath(string path)
    {
        string full = Path.GetFullPath(path, root);
        string relative = Path.GetRelativePath(root, full);
        if (relative == "." || Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>What JSON reports show: relative to the root where possible, else absolute; always forward slashes.</summary>
    public string Display(string path) =>
        RelativePath(path) ?? Path.GetFullPath(path, root).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// The SARIF artifact location: a URI relative to <see cref="RootBaseId"/>, climbing out of the root for a file
    /// outside it; an absolute file URI only where no relative one exists (another drive on Windows).
    /// </summary>
    public (string Uri, string? UriBaseId) ArtifactUri(string path)
    {
        if (RelativePath(path) is { } relative)
            return (EscapeSegments(relative), RootBaseId);
        string full = Path.GetFullPath(path, root);
        string outside = Path.GetRelativePath(root, full);
        return Path.IsPathRooted(outside)
            ? (FileUri(full), null)
            : (EscapeSegments(outside.Replace(Path.DirectorySeparatorChar, '/')), RootBaseId);
    }

    private static string EscapeSegments(string relative) =>
        string.Join('/', relative.Split('/').Select(segment => segment == ".." ? segment : Uri.EscapeDataString(segment)));

    private static string FileUri(string fullPath)
    {
        string forward = fullPath.Replace('\\', '/');
        var sb = new StringBuilder("file://");
        if (!forward.StartsWith('/')) sb.Append('/');
        var segments = forward.Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            if (i > 0) sb.Append('/');
            bool drive = i == 0 && segments[i].Length == 2 && segments[i][1] == ':' && char.IsAsciiLetter(segments[i][0]);
            sb.Append(drive ? segments[i] : Uri.EscapeDataString(segments[i]));
        }

        return sb.ToString();
    }
}
