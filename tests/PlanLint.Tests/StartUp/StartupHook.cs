#pragma warning disable CA1050 // The runtime looks for a startup hook by this exact name, in no namespace.

/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS) for <see cref="PlanLint.Tests.StartUp.StartUpWorkTests"/>: run inside a planlint
/// process started by a test, it writes the names of the assemblies loaded when the process ends to the file named by
/// <see cref="OutputVariable"/>, and on Linux the native libraries mapped into it (from /proc/self/maps) to the file named by
/// <see cref="LibrariesVariable"/>, and the methods the JIT compiled (from the runtime's own events, as "type::method signature") to
/// the file named by <see cref="JittedVariable"/>, so a test can see what a run loaded and compiled without a switch in
/// the shipped CLI. It uses only System.Private.CoreLib, so it loads nothing of its own that a test would then see.
/// </summary>
internal static class StartupHook
{
    public const string OutputVariable = "PLANLINT_TEST_ASSEMBLIES_FILE";
    public const string LibrariesVariable = "PLANLINT_TEST_LIBRARIES_FILE";
    public const string JittedVariable = "PLANLINT_TEST_JITTED_FILE";

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

        if (Environment.GetEnvironmentVariable(JittedVariable) is { Length: > 0 } jitted)
        {
            var listener = new JitListener();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.WriteAllLines(jitted, listener.Drain());
        }
    }

    /// <summary>Every method the JIT compiles, from the runtime's MethodLoadVerbose events (JIT keyword).</summary>
    private sealed class JitListener : System.Diagnostics.Tracing.EventListener
    {
        private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
        private const long JitKeyword = 0x10;
        private readonly List<string> methods = [];

        /// <summary>The methods seen, once the runtime's events (delivered by a thread of their own) have stopped arriving.</summary>
        public List<string> Drain()
        {
            int seen = -1;
            for (int wait = 0; wait < 50; wait++)
            {
                lock (methods)
                {
                    if (methods.Count == seen) return [.. methods];
                    seen = methods.Count;
                }

                Thread.Sleep(100);
            }

            lock (methods) return [.. methods];
        }

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == RuntimeSource)
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)JitKeyword);
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) != true
                || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
                return;
            int type = names.IndexOf("MethodNamespace"), method = names.IndexOf("MethodName"), signature = names.IndexOf("MethodSignature");
            if (type < 0 || method < 0 || signature < 0) return;
            lock (methods) methods.Add(payload[type] + "::" + payload[method] + " " + payload[signature]);
        }
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
