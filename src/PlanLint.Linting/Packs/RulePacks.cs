using System.Collections.Concurrent;
using PlanLint.Analysis;
using PlanLint.Configuration;
using PlanLint.IO;
using PlanLint.Rules.Packs;

namespace PlanLint.Linting.Packs;

/// <summary>
/// Loads the rule packs a configuration names, and only those: a folder is a declarative pack, a .dll a compiled one.
/// A pack that cannot be loaded stops the run (exit code 2) with a message saying which and why.
/// </summary>
public static class RulePacks
{
    // An assembly can be loaded only once per process without leaking a load context, so compiled packs are kept.
    private static readonly ConcurrentDictionary<(string Path, DateTime Written), Lazy<IReadOnlyList<PlanAnalyzer>>> Compiled = new();

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
            var key = (pack.Path, File.GetLastWriteTimeUtc(pack.Path));
            var lazy = Compiled.GetOrAdd(key, k => new Lazy<IReadOnlyList<PlanAnalyzer>>(() => CompiledPack.Load(k.Path, pack.DeclaredAt)));
            try
            {
                return lazy.Value;
            }
            catch (ConfigurationException)
            {
                Compiled.TryRemove(key, out _);
                throw;
            }
        }

        if (Directory.Exists(pack.Path))
            return DeclarativePack.Load(pack.Path, pack.DeclaredAt);
        if (File.Exists(pack.Path))
            throw new ConfigurationException($"Rule pack '{pack.Name}' is neither a folder of rule files nor a .NET assembly (.dll).", pack.DeclaredAt);
        throw new ConfigurationException($"Rule pack '{pack.Name}' does not exist.", pack.DeclaredAt);
    }
}
