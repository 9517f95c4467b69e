using System.Text;

namespace PlanLint.IO;

/// <summary>
/// Writes a regular file so that readers see either the old content or the new, never half of it: the content goes to
/// a temporary file in the same folder, which then replaces the target by rename. On failure the target is untouched
/// and the temporary file is removed. Commands write through <see cref="OutputWriter"/>, which decides when a target is
/// a regular file; this class is its mechanism.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string content) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8NoBom, leaveOpen: true);
        writer.Write(content);
    });

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        byte[] copy = content.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>Writes through <paramref name="write"/>; if it throws, the target keeps its old content.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        string temporary = Stage(path, write);
        try
        {
            Replace(temporary, path);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes the content to a new temporary file beside <paramref name="path"/> and returns its path; the target is not touched.</summary>
    public static string Stage(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            KeepMode(full, temporary);
            return temporary;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Renames a staged file over its target (atomic within a folder); refuses if the target has become a folder or a special file meanwhile.</summary>
    public static void Replace(string temporary, string path)
    {
        var now = FileStatus.Of(path);
        if (now.Kind is not (FileKind.Regular or FileKind.Missing or FileKind.Unknown))
            throw new IOException($"'{path}' is now {now.Describe()}; it was not replaced.");
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>A replaced file keeps its permissions: a report that was private stays private.</summary>
    private static void KeepMode(string target, string temporary)
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            if (File.Exists(target))
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The content matters more than the mode; the new file keeps the default mode.
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original error matters more than a leftover temporary file.
        }
    }
}
