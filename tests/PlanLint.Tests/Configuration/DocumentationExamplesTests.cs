using System.Text;
using System.Text.RegularExpressions;
using PlanLint.Configuration;
using PlanLint.Rules.Packs;
using PlanLint.Suppressions;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Configuration;

/// <summary>The examples in docs/configuration.md are meant to be copied, so each one must be valid.</summary>
public sealed partial class DocumentationExamplesTests : TempFolderTest
{
    private static List<(string Info, string Body)> Blocks() =>
        [.. Fence().Matches(File.ReadAllText(Repo.Path("docs", "configuration.md")).ReplaceLineEndings("\n"))
            .Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value))];

    [Fact]
    public void Every_configuration_example_matches_the_schema()
    {
        var examples = Blocks().Where(b => b.Info == "json planlint.json").ToList();
        examples.Count.ShouldBeGreaterThanOrEqualTo(4);
        foreach (var (_, body) in examples)
            Should.NotThrow(() => ConfigFileReader.Parse("docs/configuration.md", Encoding.UTF8.GetBytes(body), Folder.Root), body);
    }

    [Fact]
    public void Every_rule_pack_example_loads()
    {
        var examples = Blocks().Where(b => b.Info is "yaml rule" or "json rule").ToList();
        examples.Select(b => b.Info).Distinct().Count().ShouldBe(2);
        int i = 0;
        foreach (var (info, body) in examples)
        {
            string path = Folder.Write($"rule{i++}.{info.Split(' ')[0]}", body);
            Should.NotThrow(() => DeclarativePack.LoadRule(path), body);
        }

        examples.Count.ShouldBe(4);
    }

    [Fact]
    public void The_side_file_example_is_valid()
    {
        var example = Blocks().Single(b => b.Info == "json suppressions");
        var parsed = SuppressionSideFile.Parse("example.planlint-suppressions.json", Encoding.UTF8.GetBytes(example.Body));
        parsed.Problems.ShouldBeEmpty();
        parsed.Suppressions.Count.ShouldBe(3);
    }

    [GeneratedRegex("^```([^\\n]*)\\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
