using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PlanLint.Analysis.Hosting;

namespace PlanLint.Linting.Packs;

/// <summary>
/// How to start the pack host: <c>dotnet exec pack-host/planlint-pack-host.dll</c>, from the folder PlanLint runs from.
/// The framework-dependent tool uses the dotnet that runs it; the native build looks for one as the .NET host does
/// (DOTNET_ROOT, PATH, then the usual install folders), since compiled packs need the .NET runtime whatever runs PlanLint.
/// </summary>
internal static class PackHostCommand
{
    public sealed record Command(string Dotnet, string HostAssembly);

    /// <summary>The command, or null with the reason it cannot be found.</summary>
    public static Command? Find(out string? problem)
    {
        string host = Path.Combine(AppContext.BaseDirectory, PackProtocol.HostFolder, PackProtocol.HostName + ".dll");
        if (!File.Exists(host))
        {
            problem = $"the pack host ({PackProtocol.HostFolder}/{PackProtocol.HostName}.dll) is missing beside planlint; reinstall PlanLint.";
            return null;
        }

        if (Candidates().FirstOrDefault(File.Exists) is { } dotnet)
        {
            problem = null;
            return new Command(dotnet, host);
        }

        problem = "compiled packs run on the .NET runtime, and no 'dotnet' was found (set DOTNET_ROOT, or put dotnet on PATH).";
        return null;
    }

    private static IEnumerable<string> Candidates()
    {
        string executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            // Running on the framework: the dotnet that runs PlanLint (directly, or through the tool's launcher).
            if (Environment.ProcessPath is { } self && Path.GetFileName(self).Equals(executable, StringComparison.OrdinalIgnoreCase))
                yield return self;
            if (Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory())) is { } framework
                && Path.GetDirectoryName(framework) is { } shared && Path.GetDirectoryName(shared) is { } root)
                yield return Path.Combine(root, executable);
        }

        // Set by the .NET SDK for programs it runs (dotnet run, dotnet test).
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } sdkHost)
            yield return sdkHost;

        foreach (string variable in new[] { $"DOTNET_ROOT_{RuntimeInformation.ProcessArchitecture.ToString().ToUpperInvariant()}", "DOTNET_ROOT" })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } root)
                yield return Path.Combine(root, executable);
        }

        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            yield return Path.Combine(folder, executable);

        if (OperatingSystem.IsWindows())
        {
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "dotnet", executable);
        }
        else
        {
            yield return "/usr/local/share/dotnet/dotnet";
            yield return "/usr/share/dotnet/dotnet";
            yield return "/usr/lib/dotnet/dotnet";
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "dotnet");
        }
    }
}
