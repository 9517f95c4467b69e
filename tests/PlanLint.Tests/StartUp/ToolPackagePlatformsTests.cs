using System.Runtime.InteropServices;
using System.Text.Json;
using System.Xml.Linq;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.StartUp;

/// <summary>
/// `dotnet tool install PlanLint` installs the platform package the SDK's runtime identifier graph picks for the
/// machine: the machine's own RID if PlanLint lists it, else the nearest RID it imports, else "any". A platform package
/// other than "any" carries code for its own platform only (the linux-x64 one a native executable linked against glibc),
/// so every platform a .NET SDK runs on must get its own package or "any", never another's.
/// </summary>
public sealed class ToolPackagePlatformsTests
{
    /// <summary>The platforms Microsoft ships a .NET SDK for: the machines `dotnet tool install` runs on.</summary>
    public static TheoryData<string> SdkPlatforms() =>
    [
        "linux-x64", "linux-arm64", "linux-arm",
        "linux-musl-x64", "linux-musl-arm64", "linux-musl-arm",
        "osx-x64", "osx-arm64",
        "win-x64", "win-x86", "win-arm64",
    ];

    [Theory]
    [MemberData(nameof(SdkPlatforms))]
    public void Every_platform_a_dotnet_SDK_runs_on_gets_its_own_package(string machine)
    {
        var packaged = PackagedPlatforms();

        foreach (string graph in RuntimeIdentifierGraphs())
            BestMatch(graph, machine, packaged).ShouldBe(machine, $"{graph}: a {machine} machine installs another platform's package");
    }

    [Fact]
    public void Any_other_platform_gets_the_framework_dependent_package()
    {
        foreach (string graph in RuntimeIdentifierGraphs())
            BestMatch(graph, "freebsd-x64", PackagedPlatforms()).ShouldBe("any");
    }

    [Fact]
    public void A_musl_machine_would_get_the_glibc_package_without_its_own()
    {
        // The control: what the test above guards against, on the SDK's own graph.
        var withoutMusl = PackagedPlatforms().Where(r => !r.StartsWith("linux-musl-", StringComparison.Ordinal)).ToList();

        foreach (string graph in RuntimeIdentifierGraphs())
            BestMatch(graph, "linux-musl-x64", withoutMusl).ShouldBe("linux-x64");
    }

    /// <summary>ToolPackageRuntimeIdentifiers of the release's platform packages, as PlanLint.Cli.csproj declares them.</summary>
    private static List<string> PackagedPlatforms()
    {
        var project = XDocument.Load(Repo.Path("src", "PlanLint.Cli", "PlanLint.Cli.csproj"));
        string declared = project.Descendants("ToolPackageRuntimeIdentifiers").Single().Value;
        return [.. declared.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>The graph files of the .NET SDKs (10 and later: the ones that install platform packages) beside the runtime running the tests.</summary>
    private static List<string> RuntimeIdentifierGraphs()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → <root>/sdk/<version>/RuntimeIdentifierGraph.json
        string sdks = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "sdk"));
        var graphs = Directory.Exists(sdks)
            ? Directory.GetDirectories(sdks)
                .Where(sdk => int.TryParse(Path.GetFileName(sdk).Split('.')[0], out int major) && major >= 10)
                .Select(sdk => Path.Combine(sdk, "RuntimeIdentifierGraph.json"))
                .Where(File.Exists)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        graphs.ShouldNotBeEmpty($"no .NET 10 or later SDK's RuntimeIdentifierGraph.json under {sdks}");
        return graphs;
    }

    /// <summary>NuGet's choice (RuntimeGraph.ExpandRuntime, breadth first): the first RID in the machine's expansion that is offered.</summary>
    private static string? BestMatch(string graphFile, string machine, IReadOnlyCollection<string> offered)
    {
        using var graph = JsonDocument.Parse(File.ReadAllBytes(graphFile));
        var runtimes = graph.RootElement.GetProperty("runtimes");
        var seen = new HashSet<string>(StringComparer.Ordinal) { machine };
        var queue = new Queue<string>([machine]);
        while (queue.Count > 0)
        {
            string rid = queue.Dequeue();
            if (offered.Contains(rid)) return rid;
            if (!runtimes.TryGetProperty(rid, out var spec) || !spec.TryGetProperty("#import", out var imports)) continue;
            foreach (var imported in imports.EnumerateArray())
            {
                if (imported.GetString() is { } next && seen.Add(next))
                    queue.Enqueue(next);
            }
        }

        return null;
    }
}
