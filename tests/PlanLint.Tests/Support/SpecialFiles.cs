using System.Diagnostics;
using System.Text;

namespace PlanLint.Tests.Support;

/// <summary>
/// Named pipes and device nodes made in a test's own folder (mkfifo, mknod), never the machine's /dev: a test that
/// writes to "/dev/null" must not be able to break the machine if PlanLint regresses.
/// </summary>
public static class SpecialFiles
{
    public static bool OnUnix => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Whether this process may make device nodes (root on Linux).</summary>
    public static bool CanMakeDevices =>
        OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess && (File.Exists("/usr/bin/mknod") || File.Exists("/bin/mknod"));

    public static string MakeFifo(string path)
    {
        Run("mkfifo", path);
        return path;
    }

    /// <summary>A character device that discards writes, as /dev/null (1, 3).</summary>
    public static string MakeNullDevice(string path)
    {
        Run("mknod", path, "c", "1", "3");
        return path;
    }

    /// <summary>A character device that reads as endless zero bytes, as /dev/zero (1, 5).</summary>
    public static string MakeZeroDevice(string path)
    {
        Run("mknod", path, "c", "1", "5");
        return path;
    }

    public static void HardLink(string link, string target) => Run("ln", target, link);

    /// <summary>"character special file", "fifo", "regular file", "symbolic link": what stat says a path is, without following links.</summary>
    public static string KindOf(string path) => Run("stat", "-c", "%F", path).Trim();

    private static string Run(string program, params string[] arguments)
    {
        var run = ExternalTools.Run(program, arguments, TimeSpan.FromSeconds(30));
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {run.Error}");
        return run.Output;
    }
}

/// <summary>A fact about named pipes and descriptors: Linux and macOS only.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!SpecialFiles.OnUnix) Skip = "needs named pipes and /dev/fd (Linux or macOS)";
    }
}

/// <summary>A fact that makes device nodes with mknod in its own folder, which only root may do.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DeviceFactAttribute : FactAttribute
{
    public DeviceFactAttribute()
    {
        if (!SpecialFiles.CanMakeDevices)
            Skip = "needs root on Linux: it makes its own device nodes with mknod (never touching the machine's /dev), which only root may do";
    }
}

/// <summary>Runs the built planlint as its own process, for what only a real process shows: its standard streams, concurrency.</summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "planlint.dll");

    private static string Dotnet =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    public static ToolRun Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs one with more environment variables.</summary>
    public static ToolRun Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        ExternalTools.Run(Dotnet, [Dll, .. arguments], TimeSpan.FromMinutes(2), workingDirectory,
            new Dictionary<string, string>(environment) { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["NO_COLOR"] = "1" });

    /// <summary>Starts one without waiting, standard output and error captured.</summary>
    public static Process Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("planlint did not start");
    }
}
