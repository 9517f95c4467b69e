using PlanLint.Analysis;
using PlanLint.Configuration;
using PlanLint.IO;

namespace PlanLint.Linting.Packs;

/// <summary>
/// Loads the rule packs a configuration names, and only those: a folder is a declarative pack, a .dll a compiled one.
/// A pack that cannot be loaded stops the run (exit code 2) with a message saying which and why. A compiled pack runs in
/// its own pack host process (<see cref="HostedPack"/>), started for each run that names it.
/// </summary>
public static class RulePacks
{
    /// <exception cref="ConfigurationException">The pack is missing or broken.</exception>
    public static IReadOnlyList<PlanAnalyzer> Load(PackReference pack)
    {
        if (pack.IsAssembly)
        {
            if (!File.Exists(pack.Path))
                throw new ConfigurationException($"Rule pack '{pack.Name}' does not exist.", pack.DeclaredAt);
            // Loading a named pipe or a device as an assembly would block or read forever.
            if (FileStatus.Of(pack.Path) is { IsSpecial: true } special)
                throw new ConfigurationException($"Rule pack '{pack.Name}' is {special.Describe()}, not a regular file.", pack.DeclaredAt);
            return HostedPack.Load(pack);
        }

        if (Directory.Exists(pack.Path))
            return DeclarativePack.Load(pack.Path, pack.DeclaredAt);
        if (File.Exists(pack.Path))
            throw new ConfigurationException($"Rule pack '{pack.Name}' is neither a folder of rule files nor a .NET assembly (.dll).", pack.DeclaredAt);
        throw new ConfigurationException($"Rule pack '{pack.Name}' does not exist.", pack.DeclaredAt);
    }
}
