#pragma warning disable CA1050 // The runtime looks for a startup hook by this exact name, in no namespace.

/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS) for <see cref="PlanLint.Tests.StartUp.StartUpWorkTests"/>: run inside a planlint
/// process started by a test, it writes the names of the assemblies loaded when the process ends to the file named by
/// <see cref="OutputVariable"/>, and on Linux the native libraries mapped into it (from /proc/self/maps) to the file named by
/// <see cref="LibrariesVariable"/>, so a test can see what a run loaded without a switch in the shipped CLI. It uses only
/// System.Private.CoreLib, so it loads nothing of its own that a test would then see.
/// </summary>
internal static class StartupHook
{
    public const string OutputVariable = "PLANLINT_TEST_ASSEMBLIES_FILE";
    public const string LibrariesVariable = "PLANLINT_TEST_LIBRARIES_FILE";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } file)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                var assemblies = AppDomain.CurrentDomain.GetAssemblies();
                var names = new string[assemblies.Length];
                for (int i = 0; i < assemblies.Length; i++)
                    names[i] = assemblies[i].GetName().Name ?? "";
                File.WriteAllLines(file, names);
            };
        }

        if (Environment.GetEnvironmentVariable(LibrariesVariable) is { Length: > 0 } libraries && OperatingSystem.IsLinux())
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.WriteAllLines(libraries, MappedFiles());
    }

    private static List<string> MappedFiles()
    {
        var files = new List<string>();
        foreach (string line in File.ReadLines("/proc/self/maps"))
        {
            int path = line.IndexOf('/', StringComparison.Ordinal);
            if (path >= 0 && !files.Contains(line[path..]))
                files.Add(line[path..]);
        }

        return files;
    }
}
