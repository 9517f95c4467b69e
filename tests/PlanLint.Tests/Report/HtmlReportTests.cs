using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Html;
using PlanLint.Formatters.Review;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Report;

/// <summary>
/// The HTML report's markup without a browser: a Content-Security-Policy that allows exactly the page's own style and
/// script, every plan string escaped, the scorecard and cards in step with the findings. HtmlReportBrowserTests
/// (Tools) checks the same pages in Chromium.
/// </summary>
public sealed partial class HtmlReportTests : TempFolderTest
{
    private string Html(params string[] files) => HtmlReportFormatter.Render(ReviewReports.Lint(files, Folder.Root));

    private string HostileHtml() => Html(Folder.Write("hostile.plan.json", ReviewReports.HostilePlan()));

    [Fact]
    public void The_policy_allows_the_pages_own_style_and_script_by_hash_and_nothing_else()
    {
        string html = Html(ReviewReports.CorpusText("long-lartin-2025"));

        string policy = CspMeta().Match(html).Groups["policy"].Value;
        policy.ShouldStartWith("default-src 'none';");
        policy.ShouldNotContain("unsafe");
        policy.ShouldContain("base-uri 'none'");
        policy.ShouldContain("form-action 'none'");
        string script = ScriptElement().Match(html).Groups["body"].Value;
        string style = StyleElement().Match(html).Groups["body"].Value;
        script.Length.ShouldBeGreaterThan(100);
        style.Length.ShouldBeGreaterThan(100);
        policy.ShouldContain($"script-src 'sha256-{Sha256(script)}'");
        policy.ShouldContain($"style-src 'sha256-{Sha256(style)}'");
        html.IndexOf("Content-Security-Policy", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("<style>", StringComparison.Ordinal), "the policy must come before what it governs");
    }

    [Fact]
    public void The_page_loads_nothing_from_anywhere()
    {
        string html = Html(ReviewReports.CorpusText("whitemoor-2023"));
        // Only links a reader follows go elsewhere: nothing the browser would fetch by itself.
        Regex.IsMatch(html, @"<(img|link|iframe|object|embed|audio|video|source|base)\b", RegexOptions.IgnoreCase).ShouldBeFalse();
        Regex.IsMatch(html, @"\b(src|srcset|data|action|formaction|poster)\s*=", RegexOptions.IgnoreCase).ShouldBeFalse();
        Regex.IsMatch(html, @"url\(|@import", RegexOptions.IgnoreCase).ShouldBeFalse();
    }

    [Fact]
    public void Hostile_plan_text_cannot_add_markup_or_hide_characters()
    {
        string html = HostileHtml();

        // Every tag in the page is PlanLint's own: one script, one style, no event handler, no javascript: link.
        ScriptElement().Count(html).ShouldBe(1);
        StyleElement().Count(html).ShouldBe(1);
        Regex.Count(html, "<script", RegexOptions.IgnoreCase).ShouldBe(1);
        Regex.Count(html, "<style", RegexOptions.IgnoreCase).ShouldBe(1);
        foreach (Match tag in Tag().Matches(html))
        {
            tag.Value.ShouldNotMatch(@"\son[a-z]+\s*=", "no element may carry an event handler: " + tag.Value);
            tag.Value.ShouldNotContain("javascript:", Case.Insensitive, tag.Value);
            tag.Groups["name"].Value.ToLowerInvariant().ShouldNotBeOneOf("img", "svg", "iframe", "object", "embed");
        }

        html.ShouldContain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
        html.ShouldContain("[U+202E]gnp.exe[U+202C]");
        html.ShouldContain("[U+0007]");
        html.ShouldContain("[U+001B][31mred");
        html.ShouldContain("[U+2066]isolate[U+2069]");
        html.ShouldContain("zero[U+200B]width");
        foreach (char hidden in "\u202e\u202c\u2066\u2069\u200b\u0007\u001b")
            html.ShouldNotContain(hidden.ToString(), customMessage: $"U+{(int)hidden:X4} must be shown, not passed on");
    }

    [Fact]
    public void A_rule_page_that_is_not_a_web_address_is_not_linked()
    {
        var descriptor = new RuleDescriptor("HOUSE0001", "A house rule", "{0}", RuleCategory.Specific, Severity.Warning, HelpUri: "javascript:alert(document.domain)");
        var plan = QualityLevelTests.Plan([1]) with { Path = Folder.Path("plan.json") };
        var finding = QualityLevelTests.Finding(0, 1, Severity.Warning) with { Descriptor = descriptor, Message = "House style" };
        var report = TestReports.Of(Folder.Root, plan.Path, finding) with { Files = [new ReportedFile(plan.Path, [finding]) { Plan = plan }] };

        string html = HtmlReportFormatter.Render(report);

        html.ShouldContain("<span class=\"rule\">HOUSE0001</span>");
        html.ShouldNotContain("javascript:");
    }

    [Fact]
    public void The_scorecard_has_a_row_per_recommendation_and_its_counts_are_the_findings()
    {
        var report = ReviewReports.Lint([ReviewReports.CorpusText("littlehey-2024")], Folder.Root);
        string html = HtmlReportFormatter.Render(report);
        var file = report.Files[0];
        var plan = file.Plan.ShouldNotBeNull();

        var rows = ScorecardRow().Matches(html);
        rows.Count.ShouldBe(plan.Concerns.Count);
        var counted = file.Diagnostics.Where(d => !d.IsSuppressed && d.Descriptor.Category != RuleCategory.Reading && d.Id is not ("PL0001" or "PL0002")).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            var concern = plan.Concerns[i];
            var cells = Cell().Matches(rows[i].Value).Select(m => m.Groups["count"].Success ? int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0).ToList();
            var expected = Scorecard.Categories.Select(c => counted.Count(d => d.ConcernOrdinal == concern.Ordinal && d.Descriptor.Category == c)).ToList();
            cells.Take(expected.Count).ShouldBe(expected, $"recommendation {concern.Id}");
        }

        Regex.Count(html, "<article class=\"rec\"").ShouldBe(plan.Concerns.Count);
        Regex.Count(html, "<li class=\"finding").ShouldBe(file.Diagnostics.Count);
    }

    [Fact]
    public void Reading_findings_have_a_section_of_their_own()
    {
        var report = ReviewReports.Lint([ReviewReports.CorpusText("long-lartin-2025")], Folder.Root);
        string html = HtmlReportFormatter.Render(report);
        int reading = report.Files[0].Diagnostics.Count(PlanReviews.IsReading);
        reading.ShouldBeGreaterThan(0);

        string section = html[html.IndexOf("<section class=\"reading\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Regex.Count(section, "<li class=\"finding").ShouldBe(reading);
        Regex.Count(section, "data-category=\"Reading\"").ShouldBe(reading);
    }

    [Fact]
    public void The_phrase_a_finding_names_is_highlighted_and_linked_from_the_finding()
    {
        string plan = Folder.Write("hedge.plan.json", TestPlans.OneConcern(("Leaders will explore the use of body-worn cameras on every wing.", "Head of Security", "Ongoing")));
        string html = Html(plan);

        html.ShouldContain("Leaders <mark id=\"p1-r0-a1-m1\" class=\"hl-warning\">will explore</mark> the use of");
        html.ShouldContain("<mark id=\"p1-r0-a1-m2\" class=\"hl-warning\">Ongoing</mark>");
        html.ShouldContain("<a class=\"phrase-link\" href=\"#p1-r0-a1-m1\">See the phrase</a>");
    }

    [Fact]
    public void Suppressed_findings_are_collapsed_with_their_justification_and_baseline_findings_are_marked()
    {
        string plan = Folder.Write("hostile.plan.json", ReviewReports.HostilePlan());
        var report = ReviewReports.Lint([plan], Folder.Root);
        var file = report.Files[0];
        file.Diagnostics.ShouldContain(d => d.IsSuppressed);
        var known = file.Diagnostics.First(d => !d.IsSuppressed && d.ActionIndex is not null);
        var marked = report with { Files = [file with { Diagnostics = [.. file.Diagnostics.Select(d => ReferenceEquals(d, known) ? d with { BaselineState = BaselineState.Unchanged } : d)] }] };

        string html = HtmlReportFormatter.Render(marked);

        var details = Regex.Match(html, "<details class=\"suppressed\"><summary>1 suppressed finding</summary>(?<body>.*?)</details>", RegexOptions.Singleline);
        details.Success.ShouldBeTrue();
        details.Groups["body"].Value.ShouldContain("data-rule=\"PL3002\"");
        details.Groups["body"].Value.ShouldContain("<span class=\"label\">Justification:</span> &lt;iframe src=&quot;javascript:window.__pwned=9&quot;&gt;&lt;/iframe&gt; @someone");
        Regex.Count(html, "<span class=\"known\">In the baseline</span>").ShouldBe(1);
    }

    [Fact]
    public void Several_plans_get_an_index_with_each_plans_totals_and_one_plan_does_not()
    {
        var files = ReviewReports.CorpusPlans.Take(3).Select(ReviewReports.CorpusText).ToList();
        string several = Html([.. files]);
        var index = Regex.Match(several, "<section class=\"index\".*?</section>", RegexOptions.Singleline);
        index.Success.ShouldBeTrue();
        Regex.Matches(index.Value, "<tr><th scope=\"row\"><a href=\"#p(?<n>\\d)\">").Select(m => m.Groups["n"].Value).ShouldBe(["1", "2", "3"]);
        several.IndexOf("class=\"index\"", StringComparison.Ordinal).ShouldBeLessThan(several.IndexOf("<article class=\"plan\"", StringComparison.Ordinal));

        Html(files[0]).ShouldNotContain("class=\"index\"");
    }

    [Fact]
    public void A_file_that_cannot_be_read_still_gets_its_page_with_what_went_wrong()
    {
        string broken = Folder.Write("broken.plan.json", "{ not json");
        string html = Html(broken);
        html.ShouldContain("This file could not be read as a plan");
        html.ShouldContain("data-rule=\"PL0001\"");
    }

    [Fact]
    public void The_same_report_gives_the_same_page()
    {
        string plan = ReviewReports.CorpusText("elmley-2022");
        Html(plan).ShouldBe(Html(plan));
    }

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"(?<policy>[^\"]*)\">")]
    private static partial Regex CspMeta();

    [GeneratedRegex("<script>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("<style>(?<body>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex("<(?<name>[a-zA-Z][a-zA-Z0-9]*)(\\s[^>]*)?>")]
    private static partial Regex Tag();

    [GeneratedRegex("<tr data-rec=[^>]*>.*?</tr>")]
    private static partial Regex ScorecardRow();

    [GeneratedRegex("<td class=\"cell(?: total)? (?:none|sev-[a-z]+)\">(?:<a [^>]*>)?(?:<span class=\"sym\" aria-hidden=\"true\">.</span> (?<count>\\d+))?")]
    private static partial Regex Cell();
}
