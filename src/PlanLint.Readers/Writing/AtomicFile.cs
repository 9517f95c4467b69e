namespace PlanLint.Readers.Writing;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half of either: the content goes to a
/// temporary file in the same folder (so the rename stays on one volume), is flushed to disk, then replaces the target.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        string target = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(target) ?? ".";
        string temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original failure is what matters; a stray temp file is named so it is recognisable.
        }
    }
}
