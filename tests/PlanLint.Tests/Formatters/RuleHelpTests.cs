using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Linting;
using PlanLint.Rules.TimeBound;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Formatters;

public sealed class RuleHelpTests
{
    public static TheoryData<string> RuleIdsData()
    {
        var data = new TheoryData<string>();
        foreach (var d in PlanLinter.CreateDefault().Engine.Descriptors) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Every_rule_page_is_embedded_and_becomes_its_help(string id)
    {
        RuleHelp.HasPage(id).ShouldBeTrue($"rules/{id}.md is not embedded in PlanLint.Formatters");
        var descriptor = PlanLinter.CreateDefault().Engine.Descriptors.Single(d => d.Id == id);
        var help = RuleHelp.For(descriptor);
        string page = File.ReadAllText(Repo.Path("rules", id + ".md")).ReplaceLineEndings("\n");

        help.Markdown.ShouldNotStartWith("# ");
        help.Markdown.ShouldStartWith(page[(page.IndexOf('\n') + 1)..].Split('\n')[0]);
        help.Markdown.ShouldContain("## How to suppress");
        help.Markdown.ShouldNotMatch(@"\]\((?!https://|#)[^)]*\)");
        help.Text.ShouldNotContain("```");
        help.Text.ShouldNotContain("## ");
        help.Text.ShouldContain("What it flags");
    }

    [Fact]
    public void Relative_links_become_absolute_links_into_the_repository()
    {
        var help = RuleHelp.For(PlanLinter.CreateDefault().Engine.Descriptors.Single(d => d.Id == VagueTargetDateRule.Id));
        help.Markdown.ShouldContain("(https://github.com/planlint/planlint/blob/main/rules/data/vague-target-dates.json)");
        help.Text.ShouldContain("rules/data/vague-target-dates.json (https://github.com/planlint/planlint/blob/main/rules/data/vague-target-dates.json)");
    }

    [Fact]
    public void A_rule_without_a_page_gets_its_description_and_link()
    {
        var descriptor = new RuleDescriptor("ACME0001", "Acme rule", "msg", RuleCategory.Specific, Severity.Warning,
            Description: "What the Acme rule checks.", Name: "AcmeRule", HelpUri: "https://acme.example/rules/ACME0001");
        var help = RuleHelp.For(descriptor);
        help.Text.ShouldBe("What the Acme rule checks. See https://acme.example/rules/ACME0001");
        help.Markdown.ShouldBe("What the Acme rule checks.\n\nSee [ACME0001](https://acme.example/rules/ACME0001).");
    }

    [Fact]
    public void Plain_text_turns_tables_code_and_links_into_readable_lines()
    {
        string text = RuleHelp.ToPlainText("| | |\n|---|---|\n| Category | Time-bound |\n\n## What it flags\nSee [`x.json`](https://e.org/x.json).\n```json\n{ \"a\": 1 }\n```");
        text.ShouldBe("Category: Time-bound\n\nWhat it flags\nSee x.json (https://e.org/x.json).\n    { \"a\": 1 }");
    }
}
