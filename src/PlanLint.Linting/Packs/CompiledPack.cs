using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using PlanLint.Analysis;
using PlanLint.Configuration;
using PlanLint.Model;

namespace PlanLint.Linting.Packs;

/// <summary>
/// Loads a compiled rule pack: a .NET assembly that references PlanLint.Core and exposes public <see cref="PlanAnalyzer"/>
/// types with parameterless constructors. Each pack gets its own <see cref="AssemblyLoadContext"/>, so its other
/// dependencies cannot clash with PlanLint's, while PlanLint.Core is shared so the pack's analyzers are PlanLint's type.
/// </summary>
public static class CompiledPack
{
    private static readonly AssemblyName Core = typeof(PlanAnalyzer).Assembly.GetName();

    /// <exception cref="ConfigurationException">The assembly cannot be loaded or exposes no usable analyzers.</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A native build refuses compiled packs before any reflection; the framework-dependent build is not trimmed.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above: reflection runs only where code is not trimmed.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above: reflection runs only where code is not trimmed.")]
    public static IReadOnlyList<PlanAnalyzer> Load(string assemblyPath, SourceLocation declaredAt)
    {
        string name = Path.GetFileName(assemblyPath);
        ConfigurationException Fail(string why, Exception? inner = null) =>
            inner is null ? new($"Rule pack {name} cannot be loaded: {why}", declaredAt) : new($"Rule pack {name} cannot be loaded: {why}", declaredAt, inner);

        if (!RuntimeFeature.IsDynamicCodeSupported)
            throw Fail("this is a native (ahead-of-time compiled) build of PlanLint, which cannot load .NET assemblies; use the dotnet tool build for compiled packs, or write the rules as a declarative (YAML/JSON) pack.");
        if (!File.Exists(assemblyPath))
            throw Fail($"'{assemblyPath}' does not exist.");

        Assembly assembly;
        try
        {
            assembly = new PackLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
        }
        catch (BadImageFormatException e)
        {
            throw Fail("it is not a .NET assembly.", e);
        }
        catch (Exception e) when (e is FileLoadException or IOException)
        {
            throw Fail(OneLine(e.Message), e);
        }

        var core = assembly.GetReferencedAssemblies().FirstOrDefault(r => r.Name == Core.Name);
        if (core is null)
            throw Fail($"it does not reference {Core.Name}, so it cannot hold PlanLint rules.");
        if (core.Version is { } wanted && Core.Version is { } have && (wanted.Major, wanted.Minor).CompareTo((have.Major, have.Minor)) > 0)
            throw Fail($"it was built against {Core.Name} {wanted.ToString(3)}, newer than this PlanLint ({have.ToString(3)}); update PlanLint.");

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            var first = (e as ReflectionTypeLoadException)?.LoaderExceptions.FirstOrDefault(x => x is not null) ?? e;
            throw Fail("one of its types could not be loaded: " + OneLine(first.Message), e);
        }

        var analyzers = new List<PlanAnalyzer>();
        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(PlanAnalyzer).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
                throw Fail($"{type.FullName} has no public parameterless constructor.");
            try
            {
                analyzers.Add((PlanAnalyzer)Activator.CreateInstance(type)!);
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                throw Fail($"the constructor of {type.FullName} threw {inner.GetType().Name}: {OneLine(inner.Message)}", e);
            }
        }

        if (analyzers.Count == 0)
            throw Fail("it has no public, non-abstract PlanAnalyzer types (rules derive from PlanLint.Analysis.PlanAnalyzer, ActionRule, ConcernRule or PlanRule).");
        return analyzers;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>Resolves a pack's own dependencies beside it, and leaves PlanLint.Core (and the framework) to PlanLint.</summary>
    private sealed class PackLoadContext : AssemblyLoadContext
    {
        private readonly AssemblyDependencyResolver? resolver;
        private readonly string folder;

        public PackLoadContext(string assemblyPath)
            : base("PlanLint rule pack " + Path.GetFileNameWithoutExtension(assemblyPath), isCollectible: false)
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
            try
            {
                resolver = new AssemblyDependencyResolver(assemblyPath);
            }
            catch (InvalidOperationException)
            {
                resolver = null; // no .deps.json beside the pack: probe its folder instead
            }
        }

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached once CompiledPack.Load has refused native builds.")]
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
