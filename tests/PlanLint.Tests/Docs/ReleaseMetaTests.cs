using System.Text.RegularExpressions;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Docs;

/// <summary>The version the build reports is the one the changelog, the README's install and hook instructions and the CI workflow name.</summary>
public sealed partial class ReleaseMetaTests
{
    private static readonly string Version = PlanLintInfo.Version;

    [Fact]
    public void The_version_is_semantic()
    {
        SemVer().IsMatch(Version).ShouldBeTrue(Version);
        TestPlans.RunCli("--version").Output.Trim().ShouldBe(Version);
    }

    [Fact]
    public void The_changelog_has_a_section_for_this_version_that_says_what_changes_findings()
    {
        string changelog = File.ReadAllText(Repo.Path("CHANGELOG.md")).ReplaceLineEndings("\n");
        changelog.ShouldContain($"\n## {Version}\n");
        string section = changelog[(changelog.IndexOf($"\n## {Version}\n", StringComparison.Ordinal) + 1)..];
        int next = section.IndexOf("\n## ", 1, StringComparison.Ordinal);
        if (next > 0) section = section[..next];
        section.ShouldContain("### Findings and fingerprints");
    }

    [Fact]
    public void The_README_and_workflow_name_this_release()
    {
        string readme = File.ReadAllText(Repo.Path("README.md"));
        readme.ShouldContain($"rev: v{Version}");
        foreach (var rid in new[] { "win-x64", "osx-arm64", "linux-x64" })
            readme.ShouldContain($"planlint-{Version}-{rid}.");
        readme.ShouldContain($"dotnet tool install --global PlanLint --version {Version}");
        File.ReadAllText(Repo.Path("docs", "ci.md")).ShouldContain($"dotnet tool install --global PlanLint --version {Version}");
    }

    [Fact]
    public void The_README_install_section_starts_with_the_executable()
    {
        string readme = File.ReadAllText(Repo.Path("README.md")).ReplaceLineEndings("\n");
        string install = readme[readme.IndexOf("\n## Install\n", StringComparison.Ordinal)..];
        install = install[..install.IndexOf("\n## ", 2, StringComparison.Ordinal)];
        install.IndexOf("no .NET needed", StringComparison.Ordinal).ShouldBeLessThan(install.IndexOf("dotnet tool install", StringComparison.Ordinal));
    }

    [Fact]
    public void The_release_script_builds_every_platform_and_CI_runs_it_for_this_one()
    {
        string script = File.ReadAllText(Repo.Path("release", "publish.sh"));
        script.ShouldContain("rids=(linux-x64 win-x64 osx-arm64)");
        File.ReadAllText(Repo.Path(".ci", "aot-smoke.sh")).ShouldContain("release/publish.sh");
        File.ReadAllText(Repo.Path(".ci", "run")).ShouldContain(".ci/aot-smoke.sh");
        File.ReadAllText(Repo.Path("docs", "releasing.md")).ShouldContain("release/publish.sh");
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
