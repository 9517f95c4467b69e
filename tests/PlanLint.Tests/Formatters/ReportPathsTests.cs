using PlanLint.Formatters;

namespace PlanLint.Tests.Formatters;

public sealed class ReportPathsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "repo root");
    private readonly ReportPaths paths = new(Root);

    [Fact]
    public void The_root_is_an_absolute_file_uri_ending_in_a_slash()
    {
        paths.RootUri.ShouldStartWith("file:///");
        paths.RootUri.ShouldEndWith("/repo%20root/");
        new Uri(paths.RootUri).LocalPath.TrimEnd('/', '\\').ShouldBe(Path.GetFullPath(Root));
    }

    [Theory]
    [InlineData("a.plan.json", "a.plan.json", "a.plan.json")]
    [InlineData("plans/2025/HMP Long Lartin.plan.json", "plans/2025/HMP Long Lartin.plan.json", "plans/2025/HMP%20Long%20Lartin.plan.json")]
    [InlineData("plans/a?b#c[1].plan.json", "plans/a?b#c[1].plan.json", "plans/a%3Fb%23c%5B1%5D.plan.json")]
    public void Files_inside_the_root_are_relative(string relative, string display, string uri)
    {
        string full = Path.Combine(Root, relative);
        paths.RelativePath(full).ShouldBe(display);
        paths.Display(full).ShouldBe(display);
        paths.ArtifactUri(full).ShouldBe((uri, ReportPaths.RootBaseId));
    }

    [Fact]
    public void Relative_paths_are_taken_from_the_root()
    {
        paths.RelativePath("plans/a.plan.json").ShouldBe("plans/a.plan.json");
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../repo root sibling/a.plan.json")]
    [InlineData("../elsewhere/a.plan.json")]
    public void Files_outside_the_root_keep_an_absolute_path_in_json_and_climb_out_of_the_root_in_sarif(string relative)
    {
        string full = Path.GetFullPath(Path.Combine(Root, relative));
        paths.RelativePath(full).ShouldBeNull();
        paths.Display(full).ShouldBe(full.Replace('\\', '/'));
        var (uri, baseId) = paths.ArtifactUri(full);
        baseId.ShouldBe(ReportPaths.RootBaseId, "an absolute file: URI makes GitHub reject the upload (GH1006)");
        uri.ShouldStartWith("..");
        new Uri(new Uri(paths.RootUri), uri).LocalPath.TrimEnd('/').ShouldBe(full.TrimEnd('/'));
    }
}
