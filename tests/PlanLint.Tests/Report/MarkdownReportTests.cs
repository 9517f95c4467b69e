using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using PlanLint.Formatters;
using PlanLint.Formatters.Markdown;
using PlanLint.Formatters.Review;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Report;

/// <summary>
/// The Markdown report rendered as GitHub would render a comment (Markdig: CommonMark with GitHub's pipe tables and
/// autolinks): its tables keep their shape whatever a plan says, it mentions nobody, runs no HTML, and stays within
/// GitHub's limit for a comment.
/// </summary>
public sealed partial class MarkdownReportTests : TempFolderTest
{
    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private string Copy(string fixture, string name)
    {
        string path = Folder.Path(name);
        File.Copy(fixture, path);
        return path;
    }

    private static string Render(LintReport report, int? maxLength = null) =>
        new MarkdownReportFormatter { MaxLength = maxLength ?? MarkdownReportFormatter.GitHubCommentLimit }.Render(report);

    [Fact]
    public void The_report_of_a_small_plan_is_exactly_the_golden_file()
    {
        string plan = Copy(Repo.Fixture("report", "small.plan.json"), "small.plan.json");
        Golden.ShouldMatch(Render(ReviewReports.Lint([plan], Folder.Root)), "report", "small.md");
    }

    [Fact]
    public void Hostile_plan_text_cannot_break_a_table_add_html_or_mention_anyone()
    {
        string hostile = Folder.Write("hostile.plan.json", ReviewReports.HostilePlan());
        string second = Copy(ReviewReports.CorpusText("leicester-2023"), "leicester.txt");
        var report = ReviewReports.Lint([hostile, second], Folder.Root);
        string markdown = Render(report);
        string html = Markdown.ToHtml(markdown, GitHubLike);

        // Every table keeps its columns: the index (one row per plan) and each plan's scorecard.
        var tables = Regex.Matches(html, "<table>.*?</table>", RegexOptions.Singleline);
        tables.Count.ShouldBe(3);
        int columns = Scorecard.Categories.Count + 3;
        foreach (Match table in tables)
        {
            Regex.Count(table.Value, "<th[ >]").ShouldBe(columns, "header cells");
            foreach (Match row in Regex.Matches(table.Value, "<tr>(?:(?!</tr>).)*<td.*?</tr>", RegexOptions.Singleline))
                Regex.Count(row.Value, "<td[ >]").ShouldBe(columns, "cells in " + row.Value);
        }

        Regex.Count(tables[0].Value, "<tr>").ShouldBe(3, "the index has a header row and a row per plan");
        Regex.Matches(tables[1].Value, "<tbody>.*?</tbody>", RegexOptions.Singleline)[0].Value.Split("<tr>").Length.ShouldBe(3, "one recommendation and the totals");

        // Nothing from the plan became markup: no HTML elements, no links but PlanLint's own.
        Regex.IsMatch(html, "<(script|style|img|svg|iframe|a href=\"javascript|!--)", RegexOptions.IgnoreCase).ShouldBeFalse(html);
        foreach (Match link in Regex.Matches(html, "href=\"(?<url>[^\"]*)\""))
            link.Groups["url"].Value.ShouldStartWith("https://github.com/planlint/planlint/");

        // What a reader sees mentions no one and refers to no issue.
        string text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));
        Regex.IsMatch(text, @"(?<![\w`])@[A-Za-z0-9]").ShouldBeFalse("a mention would ping: " + text);
        Regex.IsMatch(text, @"(?<![&\w])#\d").ShouldBeFalse("an issue reference would link");
        Regex.IsMatch(text, @"\bGH-\d", RegexOptions.IgnoreCase).ShouldBeFalse();

        // And the plan's words are still there to read, as written.
        string visible = text.Replace("\u200b", "", StringComparison.Ordinal);
        visible.ShouldContain("\u201c" + OpeningWords.Of(ReviewReports.HostileActionText) + "\u201d");
        visible.ShouldContain("@everyone | #123 GH-45 <b>bold</b>");
        visible.ShouldContain("HMP <script>window.__pwned = 1</script>Hostile");
        visible.ShouldContain("[U+2066]isolate[U+2069]");
    }

    [Fact]
    public void Inline_text_leaves_no_markup_behind()
    {
        foreach (string hostile in new[] { "a|b", "<b>x</b>", "*x*", "_x_", "`x`", "[x](y)", "![x](y)", "~~x~~", "$x$", "&lt;", "\\|", "a\nb", "@a", "#1", "gh-2" })
        {
            string html = Markdown.ToHtml("| h |\n|---|\n| " + MarkdownText.Inline(hostile) + " |\n", GitHubLike);
            Regex.Count(html, "<td").ShouldBe(1, hostile);
            string cell = Regex.Match(html, "<td>(?<c>.*?)</td>", RegexOptions.Singleline).Groups["c"].Value;
            WebUtility.HtmlDecode(cell).Replace("\u200b", "", StringComparison.Ordinal).ShouldBe(hostile.Replace("\n", " ", StringComparison.Ordinal), hostile);
        }
    }

    [Fact]
    public void A_report_past_GitHubs_limit_is_summarised_and_says_so()
    {
        var files = Enumerable.Range(0, 8).SelectMany(i => ReviewReports.CorpusPlans.Select(name => Copy(ReviewReports.CorpusText(name), $"{name}-{i}.txt"))).ToList();
        var report = ReviewReports.Lint(files, Folder.Root);
        string markdown = Render(report);

        markdown.Length.ShouldBeLessThanOrEqualTo(MarkdownReportFormatter.GitHubCommentLimit);
        markdown.ShouldContain("> [!NOTE]\n> This report leaves out ");
        markdown.ShouldContain("-character limit for a comment");
        Markdown.ToHtml(markdown, GitHubLike).ShouldContain("<table>");
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(20_000)]
    [InlineData(40_000)]
    public void The_report_never_exceeds_its_limit_and_keeps_the_plans_scorecards_first(int limit)
    {
        var report = ReviewReports.Lint([.. ReviewReports.CorpusPlans.Select(n => Copy(ReviewReports.CorpusText(n), n + ".txt"))], Folder.Root);
        string full = Render(report);
        full.Length.ShouldBeGreaterThan(limit, "the test needs a report longer than the limit");

        string summarised = Render(report, limit);

        summarised.Length.ShouldBeLessThanOrEqualTo(limit);
        summarised.ShouldContain("This report leaves out");
        int scorecards = Regex.Count(summarised, @"^\| \*\*All\*\* \|", RegexOptions.Multiline);
        scorecards.ShouldBeGreaterThan(0);
        if (limit >= 20_000)
            scorecards.ShouldBe(report.Files.Count, "every plan's scorecard is kept before details are");
        Markdown.ToHtml(summarised, GitHubLike).ShouldContain("<table>");
    }

    [Fact]
    public void A_report_within_the_limit_leaves_nothing_out()
    {
        string plan = Copy(Repo.Fixture("report", "small.plan.json"), "small.plan.json");
        var report = ReviewReports.Lint([plan], Folder.Root);
        string markdown = Render(report);
        markdown.ShouldNotContain("leaves out");
        Regex.Count(markdown, @"^\s*- (~~)?\*\*", RegexOptions.Multiline).ShouldBe(report.Files[0].Diagnostics.Count);
    }

    [Fact]
    public void The_CI_docs_wire_the_Markdown_into_the_job_summary_and_a_pull_request_comment()
    {
        string ci = File.ReadAllText(Repo.Path("docs", "ci.md"));
        ci.ShouldContain("--markdown planlint.md");
        ci.ShouldContain("cat planlint.md >> \"$GITHUB_STEP_SUMMARY\"");
        ci.ShouldContain("gh pr comment");
        ci.ShouldContain("--redact-plan-text");
    }
}
