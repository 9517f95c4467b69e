using System.Xml.Linq;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Engine;

/// <summary>
/// Project references point one way, read from the .csproj files: Core ← Readers, Rules, Formatters, Writers ←
/// Linting ← Cli, and the pack host on Core alone (compiled packs run in it against Core's API).
/// </summary>
public sealed class LayeringMetaTests
{
    /// <summary>What each project may reference; a project in src/ that is not here has no place in the layering yet.</summary>
    private static readonly Dictionary<string, string[]> MayReference = new(StringComparer.Ordinal)
    {
        ["PlanLint.Core"] = [],
        ["PlanLint.Readers"] = ["PlanLint.Core"],
        ["PlanLint.Rules"] = ["PlanLint.Core"],
        ["PlanLint.Formatters"] = ["PlanLint.Core"],
        // The one sideways reference: the Word writers lay a rendered plan out by the table reader's rules.
        ["PlanLint.Writers"] = ["PlanLint.Core", "PlanLint.Readers"],
        ["PlanLint.Linting"] = ["PlanLint.Core", "PlanLint.Readers", "PlanLint.Rules", "PlanLint.Formatters", "PlanLint.Writers"],
        ["PlanLint.PackHost"] = ["PlanLint.Core"],
        ["PlanLint.Cli"] = ["PlanLint.Linting", "PlanLint.PackHost"],
    };

    private static IEnumerable<string> Projects() =>
        Directory.EnumerateFiles(Repo.Path("src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The projects a .csproj references, by name (the file name of each ProjectReference).</summary>
    internal static IReadOnlyList<string> ReferencesOf(string csproj) =>
        [.. XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(r => (string?)r.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/').Split('/')[^1]))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> ProjectNames()
    {
        var data = new TheoryData<string>();
        foreach (string project in Projects()) data.Add(Path.GetFileNameWithoutExtension(project));
        return data;
    }

    [Fact]
    public void Every_project_has_a_place_in_the_layering()
    {
        var names = Projects().Select(Path.GetFileNameWithoutExtension).ToList();
        names.ShouldContain("PlanLint.Core");
        names.Where(n => n is not null && !MayReference.ContainsKey(n)).ShouldBeEmpty("add the new project to MayReference, inward of what uses it");
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void A_project_references_only_what_is_inward_of_it(string project)
    {
        string csproj = Projects().Single(p => Path.GetFileNameWithoutExtension(p) == project);
        var allowed = MayReference.GetValueOrDefault(project, []);

        ReferencesOf(csproj).Where(r => !allowed.Contains(r)).ShouldBeEmpty($"{project} may reference only {string.Join(", ", allowed.DefaultIfEmpty("nothing"))}");
    }

    [Fact]
    public void The_allowed_references_have_no_cycle()
    {
        // Depth-first over MayReference: a project reached again while it is still being visited closes a cycle.
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Cycles(string project)
        {
            if (state.TryGetValue(project, out bool visiting)) return visiting;
            state[project] = true;
            bool cycle = MayReference.GetValueOrDefault(project, []).Any(Cycles);
            state[project] = false;
            return cycle;
        }

        MayReference.Keys.Where(Cycles).ShouldBeEmpty();
    }

    [Fact]
    public void The_reader_of_references_sees_a_reference_that_breaks_the_layering()
    {
        string path = Path.Combine(Path.GetTempPath(), $"layering-{Guid.NewGuid():N}.csproj");
        File.WriteAllText(path, """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\PlanLint.Linting\PlanLint.Linting.csproj" />
                <ProjectReference Include="../PlanLint.Core/PlanLint.Core.csproj" />
              </ItemGroup>
            </Project>
            """);
        try
        {
            var references = ReferencesOf(path);
            references.ShouldBe(["PlanLint.Core", "PlanLint.Linting"]);
            references.Where(r => !MayReference["PlanLint.Rules"].Contains(r)).ShouldBe(["PlanLint.Linting"]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
