using System.Reflection;
using System.Runtime.Loader;
using PlanLint.Analysis;

namespace PlanLint.PackHost;

/// <summary>Why a pack cannot be loaded, in words that follow "Rule pack NAME cannot be loaded: ".</summary>
internal sealed class PackRefusedException(string message) : Exception(message);

/// <summary>
/// Loads a compiled rule pack: a .NET assembly that references PlanLint.Core and exposes public <see cref="PlanAnalyzer"/>
/// types with parameterless constructors. The pack gets its own <see cref="AssemblyLoadContext"/>, so its other
/// dependencies cannot clash with the host's, while PlanLint.Core is shared so the pack's analyzers are PlanLint's type.
/// </summary>
internal static class PackLoader
{
    private static readonly AssemblyName Core = typeof(PlanAnalyzer).Assembly.GetName();

    /// <exception cref="PackRefusedException">The assembly cannot be loaded or exposes no usable analyzers.</exception>
    public static IReadOnlyList<PlanAnalyzer> Load(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
            throw new PackRefusedException($"'{assemblyPath}' does not exist.");

        Assembly assembly;
        try
        {
            assembly = new PackLoadContext(assemblyPath).LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        }
        catch (BadImageFormatException)
        {
            throw new PackRefusedException("it is not a .NET assembly.");
        }
        catch (Exception e) when (e is FileLoadException or IOException)
        {
            throw new PackRefusedException(OneLine(e.Message));
        }

        var core = assembly.GetReferencedAssemblies().FirstOrDefault(r => r.Name == Core.Name);
        if (core is null)
            throw new PackRefusedException($"it does not reference {Core.Name}, so it cannot hold PlanLint rules.");
        if (core.Version is { } wanted && Core.Version is { } have && (wanted.Major, wanted.Minor).CompareTo((have.Major, have.Minor)) > 0)
            throw new PackRefusedException($"it was built against {Core.Name} {wanted.ToString(3)}, newer than this PlanLint ({have.ToString(3)}); update PlanLint.");

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            var first = (e as ReflectionTypeLoadException)?.LoaderExceptions.FirstOrDefault(x => x is not null) ?? e;
            throw new PackRefusedException("one of its types could not be loaded: " + OneLine(first.Message));
        }

        var analyzers = new List<PlanAnalyzer>();
        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(PlanAnalyzer).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
                throw new PackRefusedException($"{type.FullName} has no public parameterless constructor.");
            try
            {
                analyzers.Add((PlanAnalyzer)(Activator.CreateInstance(type) ?? throw new PackRefusedException($"{type.FullName} could not be created.")));
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                throw new PackRefusedException($"the constructor of {type.FullName} threw {inner.GetType().Name}: {OneLine(inner.Message)}");
            }
        }

        if (analyzers.Count == 0)
            throw new PackRefusedException("it has no public, non-abstract PlanAnalyzer types (rules derive from PlanLint.Analysis.PlanAnalyzer, ActionRule, ConcernRule or PlanRule).");

        return analyzers;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>Resolves a pack's own dependencies beside it, and leaves PlanLint.Core (and the framework) to the host.</summary>
    private sealed class PackLoadContext : AssemblyLoadContext
    {
        private readonly AssemblyDependencyResolver? resolver;
        private readonly string folder;

        public PackLoadContext(string assemblyPath)
            : base("PlanLint rule pack " + Path.GetFileNameWithoutExtension(assemblyPath), isCollectible: false)
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath)) ?? ".";
            try
            {
                resolver = new AssemblyDependencyResolver(Path.GetFullPath(assemblyPath));
            }
            catch (InvalidOperationException)
            {
                resolver = null; // no .deps.json beside the pack: probe its folder instead
            }
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name == Core.Name)
                return null;
            string? path = resolver?.ResolveAssemblyToPath(assemblyName);
            if (path is null && assemblyName.Name is { } simple)
            {
                string candidate = Path.Combine(folder, simple + ".dll");
                path = File.Exists(candidate) ? candidate : null;
            }

            return path is null ? null : LoadFromAssemblyPath(path);
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            resolver?.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
