namespace PlanLint.Readers;

/// <summary>Git LFS pointer files: what a repository holds in place of a large file that was never fetched.</summary>
public static class GitLfs
{
    private static ReadOnlySpan<byte> Signature => "version https://git-lfs.github.com/spec/"u8;

    /// <summary>Pointer files are small text files that start with the LFS spec line (git-lfs spec, "The pointer").</summary>
    public static bool IsPointer(ReadOnlySpan<byte> content) => content.Length <= 1024 && content.StartsWith(Signature);
}
