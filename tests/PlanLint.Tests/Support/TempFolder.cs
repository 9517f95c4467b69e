namespace PlanLint.Tests.Support;

/// <summary>A scratch folder for tests that need files on disk; deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Root = Directory.CreateTempSubdirectory("planlint-test-").FullName;

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        string full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>A test class with its own scratch folder, deleted after each test.</summary>
public abstract class TempFolderTest : IDisposable
{
    protected TempFolder Folder { get; } = new();

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
