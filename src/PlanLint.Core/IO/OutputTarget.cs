using System.Diagnostics.CodeAnalysis;
using Microsoft.Win32.SafeHandles;

namespace PlanLint.IO;

/// <summary>How an output is written.</summary>
public enum OutputKind
{
    /// <summary>A regular file (or a new one): written to a temporary file beside it, then renamed over it.</summary>
    File,

    /// <summary>This process's standard output ("-", /dev/stdout, or a name for the same file): written to it in place.</summary>
    StandardOutput,

    /// <summary>This process's standard error.</summary>
    StandardError,

    /// <summary>A named pipe, a device or a descriptor (/dev/null, a FIFO, /proc/self/fd/3): opened and written in place, never replaced.</summary>
    Stream,
}

/// <summary>
/// Where one output of a command goes, resolved and checked before any work is done, so that misuse costs nothing and
/// touches nothing. A regular file is replaced atomically; if it is reached through symbolic links, the file they lead to
/// is replaced and the links are kept. Standard output and special files are written in place and never replaced, so
/// <c>--output /dev/null</c> stays a device even for root. Write through <see cref="OutputWriter"/>.
/// </summary>
public sealed class OutputTarget
{
    private OutputTarget(string given, OutputKind kind, string path, FileIdentity? identity)
    {
        Given = given;
        Kind = kind;
        Path = path;
        Identity = identity;
    }

    /// <summary>The name as the user gave it, for messages.</summary>
    public string Given { get; }

    public OutputKind Kind { get; }

    /// <summary>The full path written: for a file, the file the name leads to after symbolic links.</summary>
    public string Path { get; }

    /// <summary>The existing file's identity; null for a file not yet written or where the system gives none.</summary>
    public FileIdentity? Identity { get; }

    public bool IsStandardStream => Kind is OutputKind.StandardOutput or OutputKind.StandardError;

    /// <summary>The target standard output stands for ("-").</summary>
    public static OutputTarget StandardOutput { get; } = new("-", OutputKind.StandardOutput, "-", null);

    /// <summary>
    /// Resolves an output name against the working directory; null with a one-line reason when it cannot be written
    /// (a folder, a folder that does not exist, a link loop).
    /// </summary>
    public static bool TryResolve(string given, string workingDirectory, [NotNullWhen(true)] out OutputTarget? target, [NotNullWhen(false)] out string? problem)
    {
        target = null;
        problem = null;
        if (given == "-")
        {
            target = StandardOutput;
            return true;
        }

        string full = System.IO.Path.GetFullPath(given, workingDirectory);
        if (OperatingSystem.IsWindows() && full.StartsWith(@"\\.\", StringComparison.Ordinal))
        {
            // A Windows device (NUL, CON, COM1): written in place like a Unix device.
            target = new OutputTarget(given, OutputKind.Stream, full, null);
            return true;
        }

        var status = FileStatus.Of(full);
        // Another name for the file standard output already writes to (a pipe, a redirected file, /dev/stdout) is
        // standard output, so it counts as such; a terminal or /dev/null is simply written in place.
        if (status.Identity is { } identity && status.Kind != FileKind.CharacterDevice && !OperatingSystem.IsWindows())
        {
            if (StandardStreams.Output == identity) { target = new OutputTarget(given, OutputKind.StandardOutput, full, identity); return true; }
            if (StandardStreams.Error == identity) { target = new OutputTarget(given, OutputKind.StandardError, full, identity); return true; }
        }

        if (status.Kind == FileKind.Directory)
        {
            problem = $"cannot write to '{given}': it is a folder.";
            return false;
        }

        var (final, throughDescriptor, loop) = FollowLinks(full);
        if (loop)
        {
            problem = $"cannot write to '{given}': its symbolic links form a loop.";
            return false;
        }

        if (status.IsSpecial || throughDescriptor)
        {
            target = new OutputTarget(given, OutputKind.Stream, full, status.Identity);
            return true;
        }

        string? folder = System.IO.Path.GetDirectoryName(final);
        if (folder is null || !Directory.Exists(folder))
        {
            problem = $"cannot write to '{given}': the folder '{folder ?? given}' does not exist.";
            return false;
        }

        target = new OutputTarget(given, OutputKind.File, final, status.Identity);
        return true;
    }

    /// <summary>Whether writing here would replace the file at <paramref name="inputPath"/> (compared by identity, so links count).</summary>
    public bool Overwrites(string inputPath)
    {
        if (Kind != OutputKind.File) return false;
        string full = System.IO.Path.GetFullPath(inputPath);
        var input = FileStatus.Of(full);
        if (Identity is { } mine && input.Identity is { } theirs)
            return mine == theirs;
        return InputLedger.PathComparer.Equals(Path, FollowLinks(full).Final);
    }

    /// <summary>Whether two targets are the same place (two outputs there would overwrite each other).</summary>
    public bool SameAs(OutputTarget other)
    {
        if (Kind != other.Kind) return false;
        if (IsStandardStream) return true;
        if (Identity is { } a && other.Identity is { } b) return a == b;
        return InputLedger.PathComparer.Equals(Path, other.Path);
    }

    /// <summary>The file a name leads to after following symbolic links on its last part; whether any step was a descriptor name (/dev/fd/N, /proc/…/fd/N, /dev/stdout).</summary>
    private static (string Final, bool ThroughDescriptor, bool Loop) FollowLinks(string full)
    {
        string current = full;
        bool descriptor = IsDescriptorName(current);
        for (int hops = 0; hops < 40; hops++)
        {
            string? link;
            try
            {
                link = new FileInfo(current).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (current, descriptor, false);
            }

            if (link is null)
                return (current, descriptor, false);
            current = System.IO.Path.GetFullPath(link, System.IO.Path.GetDirectoryName(current) ?? "/");
            descriptor |= IsDescriptorName(current);
        }

        return (current, descriptor, true);
    }

    private static bool IsDescriptorName(string path) =>
        !OperatingSystem.IsWindows()
        && (path.StartsWith("/proc/", StringComparison.Ordinal) || path.StartsWith("/dev/fd/", StringComparison.Ordinal)
            || path is "/dev/stdout" or "/dev/stderr" or "/dev/stdin");

    public override string ToString() => Given;

    /// <summary>The files behind this process's standard output and error, so another name for them is recognised.</summary>
    private static class StandardStreams
    {
        public static FileIdentity? Output { get; } = Of(1);

        public static FileIdentity? Error { get; } = Of(2);

        private static FileIdentity? Of(int descriptor)
        {
            using var handle = new SafeFileHandle(descriptor, ownsHandle: false);
            return FileStatus.Of(handle).Identity;
        }
    }
}
