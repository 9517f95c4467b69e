using System.Diagnostics;

namespace PlanLint.IO;

/// <summary>What a locked update decided: new content to write, or a problem (nothing is written).</summary>
public sealed record FileUpdate(byte[]? Content, string? Problem)
{
    public static FileUpdate Write(byte[] content) => new(content, null);

    public static FileUpdate Refuse(string problem) => new(null, problem);
}

/// <summary>
/// A read-modify-write of a file that several processes may update at once (a suppression side file, a baseline):
/// each update holds an exclusive lock on a lock file beside it, reads the file afresh under the lock, and replaces
/// it atomically, so eight concurrent <c>planlint suppress</c> runs keep all eight entries. The lock is an advisory
/// lock the operating system drops when a process dies, so a killed run never leaves the file locked.
/// </summary>
public static class LockedFile
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Updates <paramref name="path"/>: <paramref name="change"/> gets its current content (null when it does not exist)
    /// and returns what to write. False with a one-line reason when the lock, the read or the write fails, or
    /// <paramref name="change"/> refuses.
    /// </summary>
    public static bool TryUpdate(string path, string what, long maxBytes, Func<ReadOnlyMemory<byte>?, FileUpdate> change, out string? problem, TimeSpan? wait = null)
    {
        string full = Path.GetFullPath(path);
        if (!OutputTarget.TryResolve(full, Environment.CurrentDirectory, out var target, out problem))
            return false;
        if (target.Kind != OutputKind.File)
        {
            problem = $"the {what} '{path}' is {FileStatus.Of(full).Describe()}, not a regular file.";
            return false;
        }

        using var held = Acquire(target.Path, wait ?? DefaultWait, out problem);
        if (held is null)
            return false;

        ReadOnlyMemory<byte>? current = null;
        if (FileStatus.Of(target.Path).Kind != FileKind.Missing)
        {
            if (!InputFile.TryRead(target.Path, maxBytes, what, out var content, out var readProblem))
            {
                problem = readProblem.Message;
                return false;
            }

            current = content;
        }

        var update = change(current);
        if (update.Problem is not null || update.Content is null)
        {
            problem = update.Problem;
            return update.Problem is null;
        }

        try
        {
            AtomicFile.WriteAllBytes(target.Path, update.Content);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"the {what} could not be written: {e.Message.ReplaceLineEndings(" ").Trim()}";
            return false;
        }
    }

    /// <summary>Takes the lock on ".NAME.lock" beside the file; null with the reason when it cannot be had in time.</summary>
    private static Held? Acquire(string path, TimeSpan wait, out string? problem)
    {
        string lockPath = Path.Combine(Path.GetDirectoryName(path) ?? ".", "." + Path.GetFileName(path) + ".lock");
        var clock = Stopwatch.StartNew();
        int pause = 5;
        string last = "";
        while (true)
        {
            FileStream? stream = null;
            try
            {
                // FileShare.None takes an exclusive advisory lock (flock on Unix) or an exclusive open (Windows).
                stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
                // A releaser deletes the lock file while holding it; a lock taken on the deleted file is no lock.
                var locked = FileStatus.Of(stream.SafeFileHandle).Identity;
                if (locked is null || locked == FileStatus.Of(lockPath).Identity)
                {
                    problem = null;
                    return new Held(stream, lockPath);
                }
            }
            catch (UnauthorizedAccessException e)
            {
                stream?.Dispose();
                problem = $"cannot lock '{path}' for writing: {e.Message.ReplaceLineEndings(" ").Trim()}";
                return null;
            }
            catch (IOException e)
            {
                last = e.Message.ReplaceLineEndings(" ").Trim();
            }

            stream?.Dispose();
            if (clock.Elapsed > wait)
            {
                problem = $"another process held '{path}' for more than {wait.TotalSeconds:0} s; try again ({last}).";
                return null;
            }

            Thread.Sleep(Random.Shared.Next(pause, pause * 2));
            pause = Math.Min(pause * 2, 100);
        }
    }

    private sealed class Held(FileStream stream, string lockPath) : IDisposable
    {
        public void Dispose()
        {
            // Deleted while still held, so a waiter that then locks the old file sees it is gone and tries again.
            AtomicFile.TryDelete(lockPath);
            stream.Dispose();
        }
    }
}
