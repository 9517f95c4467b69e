using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Formatters.Html;
using PlanLint.Formatters.Review;
using PlanLint.Model;
using PlanLint.Rules.Accountable;
using PlanLint.Tests.Support;
using Xunit.Abstractions;

namespace PlanLint.Tests.Tools;

/// <summary>One headless Chromium for the class, started on first use so skipped tests never start it.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim starting = new(1, 1);
    private HeadlessChromium? browser;

    public async Task<HeadlessChromium> Browser()
    {
        await starting.WaitAsync();
        try
        {
            return browser ??= await HeadlessChromium.StartAsync();
        }
        finally
        {
            starting.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        starting.Dispose();
    }
}

/// <summary>
/// The HTML report in a real browser (Debian's headless Chromium over the DevTools protocol): reports of the five corpus
/// plans and of a Word draft, checked in the DOM after the page's script has run (scorecard cells, filters, search, the
/// keyboard), with no request leaving the page and no script from plan text running; axe-core finds no serious or critical
/// accessibility issue. Screenshots of the first screen and of a printed page are saved under the test output's
/// artifacts/html-report folder.
/// </summary>
[Trait("Category", ExternalTools.Category)]
public sealed partial class HtmlReportBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : TempFolderTest, IClassFixture<ChromiumFixture>
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "html-report");

    // Words of the page itself, which every card shows: a search for one of them says nothing about plan text.
    private static readonly string[] PageWords =
    [
        "recommendation", "justification", "suppressed", "baseline", "measurable", "achievable", "accountable",
        "agreement", "structure", "specific", "relevant", "time-bound", "target", "section", "status", "reason",
    ];

    [ToolTheory("chromium")]
    [InlineData("long-lartin-2025")]
    [InlineData("littlehey-2024")]
    [InlineData("leicester-2023")]
    [InlineData("whitemoor-2023")]
    [InlineData("elmley-2022")]
    public async Task A_corpus_plans_report_works_in_the_browser(string name)
    {
        var report = ReviewReports.Lint([ReviewReports.CopyCorpus(Folder, name)], Folder.Root);
        var file = report.Files[0];
        var plan = file.Plan.ShouldNotBeNull();
        var page = await Open(report, name);

        // The scorecard: one row per recommendation, each cell the number of counted findings of its category.
        var cells = await page.EvaluateAsync<int[][]>("""
            [...document.querySelectorAll('tr[data-rec]')].map(row => [...row.querySelectorAll('td.cell')].map(c => parseInt((c.textContent.match(/[0-9]+/) || ['0'])[0], 10)))
            """);
        var counted = file.Diagnostics.Where(d => !d.IsSuppressed && d.Descriptor.Category != RuleCategory.Reading && d.Id is not ("PL0001" or "PL0002")).ToList();
        cells.Length.ShouldBe(plan.Concerns.Count);
        for (int i = 0; i < plan.Concerns.Count; i++)
        {
            var expected = Scorecard.Categories.Select(c => counted.Count(d => d.ConcernOrdinal == plan.Concerns[i].Ordinal && d.Descriptor.Category == c)).ToList();
            cells[i].Take(expected.Count).ShouldBe(expected, $"scorecard row of recommendation {plan.Concerns[i].Id}");
            cells[i][^1].ShouldBe(expected.Sum());
        }

        // Each filter shows exactly the recommendations with a finding it lets through.
        var all = plan.Concerns.Select(CardId).Order(StringComparer.Ordinal).ToList();
        (await VisibleCards(page)).ShouldBe(all);

        await SetFilter(page, "input[name=severity]", "el.checked = el.value === 'error'");
        (await VisibleCards(page)).ShouldBe(Cards(plan, counted, d => d.Severity == Severity.Error));
        await Reset(page);

        await SetFilter(page, "select[name=category]", "el.value = 'Accountable'");
        (await VisibleCards(page)).ShouldBe(Cards(plan, counted, d => d.Descriptor.Category == RuleCategory.Accountable));
        await Reset(page);

        string rule = counted.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        await SetFilter(page, "select[name=rule]", $"el.value = '{rule}'");
        (await VisibleCards(page)).ShouldBe(Cards(plan, counted, d => d.Id == rule));
        int findingsShown = await page.EvaluateAsync<int>("document.querySelectorAll('li.finding:not([hidden])').length");
        findingsShown.ShouldBe(file.Diagnostics.Count(d => d.Id == rule));
        await Reset(page);

        await SetFilter(page, "input[name=errorsOnly]", "el.checked = true");
        (await VisibleCards(page)).ShouldBe(Cards(plan, counted, d => d.Severity == Severity.Error));
        await Reset(page);

        var (word, card) = UniqueWord(plan, file.Diagnostics);
        await SetFilter(page, "input[name=q]", $"el.value = {JsonSerializer.Serialize(word.ToUpperInvariant())}");
        (await VisibleCards(page)).ShouldBe([CardId(card)], $"searching for '{word}'");
        (await page.EvaluateAsync<string>("document.getElementById('filter-status').textContent")).ShouldBe($"Showing 1 of {plan.Concerns.Count} recommendations.");
        await Reset(page);
        (await VisibleCards(page)).ShouldBe(all);

        // "Most attention first" puts the lowest level first.
        await SetFilter(page, "select[name=order]", "el.value = 'attention'");
        var levels = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('article.rec')].map(c => Number(c.dataset.level))");
        levels.ShouldBe(levels.Order().ToArray());

        // A card as a reviewer sees it: the first highlighted phrase and the findings under it.
        await SetFilter(page, "select[name=order]", "el.value = 'document'");
        await page.EvaluateAsync("(document.querySelector('mark') || document.querySelector('li.finding')).closest('li.action, article.rec').scrollIntoView(); true");
        await SaveScreenshot(page, name + ".card");
        AssertSealed(page, report);
    }

    [ToolFact("chromium")]
    public async Task A_Word_drafts_report_names_the_places_in_the_document()
    {
        string draft = Folder.Path("draft.docx");
        File.WriteAllBytes(draft, WordPlanBuilder.Build(WordPlanBuilder.SamplePlan()));
        var report = ReviewReports.Lint([draft], Folder.Root);
        var page = await Open(report, "word-draft");

        var places = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('li.finding .place')].map(p => p.textContent)");
        places.ShouldNotBeEmpty();
        places.ShouldAllBe(p => p.StartsWith("table ", StringComparison.Ordinal));
        var missingOwner = report.Files[0].Diagnostics.First(d => d.Id == MissingOwnerRule.Id);
        string text = await page.EvaluateAsync<string>($"document.querySelector('li.finding[data-rule=PL1001]').textContent");
        text.ShouldContain(missingOwner.Message);
        text.ShouldContain(missingOwner.Location.Part.ShouldNotBeNull());
        (await page.EvaluateAsync<string>("document.querySelector('h2').textContent")).ShouldBe("HMP Long Lartin");
        AssertSealed(page, report);
    }

    [ToolFact("chromium")]
    public async Task Hostile_plan_text_runs_no_script_makes_no_request_and_shows_what_it_hid()
    {
        var report = ReviewReports.Lint([Folder.Write("hostile.plan.json", ReviewReports.HostilePlan())], Folder.Root);
        var page = await Open(report, "hostile");

        (await page.EvaluateAsync<string>("typeof window.__pwned")).ShouldBe("undefined");
        (await page.EvaluateAsync<int>("document.querySelectorAll('img, svg, iframe, object, embed').length")).ShouldBe(0);
        (await page.EvaluateAsync<int>("document.querySelectorAll('script').length")).ShouldBe(1);
        (await page.EvaluateAsync<int>("document.querySelectorAll('style').length")).ShouldBe(1);
        var links = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
        links.ShouldAllBe(href => href.StartsWith('#') || href.StartsWith("https://", StringComparison.Ordinal));
        (await page.EvaluateAsync<string>("document.title")).ShouldBe("PlanLint report: HMP <script>window.__pwned = 1</script>Hostile");
        string concern = await page.EvaluateAsync<string>("document.querySelector('blockquote.concern').textContent");
        concern.ShouldContain("</blockquote><script>window.__pwned=4</script>");
        concern.ShouldContain("[U+202E]gnp.exe[U+202C]");
        (await page.EvaluateAsync<string>("getComputedStyle(document.body).display")).ShouldBe("block", "a style element in plan text must not apply");
        AssertSealed(page, report);
    }

    [ToolFact("chromium")]
    public async Task The_policy_stops_script_even_where_escaping_would_fail()
    {
        // As if an escaping bug let plan text through: the Content-Security-Policy alone must stop it.
        var report = ReviewReports.Lint([ReviewReports.CorpusText("leicester-2023")], Folder.Root);
        string html = HtmlReportFormatter.Render(report).Replace("<main id=\"main\">",
            "<main id=\"main\"><script>window.__pwned = 1</script><img src=\"x\" onerror=\"window.__pwned = 2\"><a id=\"js\" href=\"javascript:window.__pwned = 3\">x</a><style>body { display: none }</style>",
            StringComparison.Ordinal);
        string path = Folder.Write("tampered.html", html);
        var browser = await chromium.Browser();
        var page = await browser.NewPageAsync();
        await page.NavigateAsync(new Uri(path).AbsoluteUri);
        await page.EvaluateAsync("document.getElementById('js').click()");
        await Task.Delay(200);

        (await page.EvaluateAsync<string>("typeof window.__pwned")).ShouldBe("undefined");
        (await page.EvaluateAsync<string>("document.documentElement.dataset.ready || ''")).ShouldBe("true", "the page's own script still runs");
        (await page.EvaluateAsync<string>("getComputedStyle(document.body).display")).ShouldBe("block");
        var violations = await page.EvaluateAsync<string[]>("window.__cspViolations");
        violations.ShouldContain(v => v.StartsWith("script-src", StringComparison.Ordinal));
        violations.ShouldContain(v => v.StartsWith("img-src", StringComparison.Ordinal));
        violations.ShouldContain(v => v.StartsWith("style-src", StringComparison.Ordinal));
        page.Blocked.ShouldContain(entry => entry.Contains("/x (", StringComparison.Ordinal), "the image is blocked by the policy, never fetched");
        page.Requests.ShouldBe([new Uri(path).AbsoluteUri], "nothing but the page itself is loaded");
    }

    [ToolFact("chromium")]
    public async Task The_filters_work_from_the_keyboard()
    {
        var report = ReviewReports.Lint([ReviewReports.CorpusText("whitemoor-2023")], Folder.Root);
        var plan = report.Files[0].Plan.ShouldNotBeNull();
        var page = await Open(report, null);
        var (word, card) = UniqueWord(plan, report.Files[0].Diagnostics);

        var visited = new List<string>();
        for (int i = 0; i < 20 && visited.LastOrDefault() != "q"; i++)
        {
            await page.PressAsync("Tab", "Tab", 9);
            visited.Add(await page.EvaluateAsync<string>("document.activeElement.name || document.activeElement.className || document.activeElement.tagName"));
        }

        visited.ShouldContain("severity");
        visited.ShouldContain("category");
        visited.ShouldContain("rule");
        visited.ShouldContain("errorsOnly");
        visited[^1].ShouldBe("q", "the search box is reached with Tab: " + string.Join(", ", visited));
        await page.TypeAsync(word);
        (await VisibleCards(page)).ShouldBe([CardId(card)]);

        await page.PressAsync("Tab", "Tab", 9, modifiers: 8);
        (await page.EvaluateAsync<string>("document.activeElement.name")).ShouldBe("errorsOnly");
        await page.PressAsync(" ", "Space", 32);
        (await page.EvaluateAsync<bool>("document.querySelector('input[name=errorsOnly]').checked")).ShouldBeTrue();
    }

    [ToolFact("chromium", "pdftotext", "pdftoppm", "pdfinfo")]
    public async Task Several_plans_print_as_a_readable_A4_document_with_an_index_first()
    {
        var report = ReviewReports.Lint([.. ReviewReports.CorpusPlans.Select(n => ReviewReports.CopyCorpus(Folder, n))], Folder.Root);
        var page = await Open(report, "five-plans");
        var index = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.index tbody th a')].map(a => a.textContent)");
        index.ShouldBe([.. report.Files.Select(f => f.Plan!.Establishment!.Trim())]);

        byte[] pdf = await page.PrintToPdfAsync();
        string pdfPath = Path.Combine(Artifacts, "five-plans.print.pdf");
        Directory.CreateDirectory(Artifacts);
        await File.WriteAllBytesAsync(pdfPath, pdf);
        var rendered = ExternalTools.Run(ExternalTools.Require("pdftoppm"), ["-png", "-r", "70", "-f", "1", "-l", "2", pdfPath, Path.Combine(Artifacts, "five-plans.print-page")], TimeSpan.FromMinutes(1));
        rendered.ExitCode.ShouldBe(0, rendered.Error);
        output.WriteLine($"Printed report: {pdfPath} and its first pages as five-plans.print-page-*.png");

        var info = ExternalTools.Run(ExternalTools.Require("pdfinfo"), [pdfPath], TimeSpan.FromMinutes(1));
        var size = Regex.Match(info.Output, @"Page size:\s+(?<w>[\d.]+) x (?<h>[\d.]+) pts");
        size.Success.ShouldBeTrue(info.Output);
        double.Parse(size.Groups["w"].Value, CultureInfo.InvariantCulture).ShouldBe(595.3, 2, "A4 is 595 x 842 points");
        double.Parse(size.Groups["h"].Value, CultureInfo.InvariantCulture).ShouldBe(841.9, 2);
        string text = Office.PdfText(pdfPath);
        text.ShouldContain("SMART scorecard");
        foreach (var file in report.Files)
            text.ShouldContain(file.Plan!.Establishment!.Trim());
        text.ShouldNotContain("Only recommendations with errors", customMessage: "the filters are for the screen, not for paper");
        text.ShouldContain("Recommendation 1");
    }

    [ToolTheory("chromium", "npm:axe-core")]
    [InlineData("long-lartin-2025")]
    [InlineData("five-plans")]
    [InlineData("word-draft")]
    [InlineData("hostile")]
    public async Task Axe_finds_no_serious_or_critical_accessibility_issue(string which)
    {
        IReadOnlyList<string> files = which switch
        {
            "five-plans" => [.. ReviewReports.CorpusPlans.Select(n => ReviewReports.CopyCorpus(Folder, n))],
            "word-draft" => [WordDraft()],
            "hostile" => [Folder.Write("hostile.plan.json", ReviewReports.HostilePlan())],
            _ => [ReviewReports.CopyCorpus(Folder, which)],
        };
        var page = await Open(ReviewReports.Lint(files, Folder.Root), null);
        string axe = await File.ReadAllTextAsync(Path.Combine(ExternalTools.Require("npm:axe-core"), "axe.min.js"));
        await page.EvaluateAsync(axe + "\n;true");

        var violations = await page.EvaluateAsync("""
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] })
              .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, first: v.nodes[0] && v.nodes[0].html.slice(0, 160) })))
            """, TimeSpan.FromMinutes(3));
        var all = violations.EnumerateArray().Select(v => $"{v.GetProperty("impact")}: {v.GetProperty("id")} ({v.GetProperty("nodes")} nodes) {v.GetProperty("help")} e.g. {v.GetProperty("first")}").ToList();
        foreach (var v in all) output.WriteLine(v);
        all.Where(v => v.StartsWith("serious", StringComparison.Ordinal) || v.StartsWith("critical", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private string WordDraft()
    {
        string draft = Folder.Path("draft.docx");
        File.WriteAllBytes(draft, WordPlanBuilder.Build(WordPlanBuilder.SamplePlan()));
        return draft;
    }

    /// <summary>Writes the report, opens it, waits for its script, and saves a screenshot of the first screen when named.</summary>
    private async Task<ChromiumPage> Open(LintReport report, string? screenshot)
    {
        string path = Folder.Write("report.html", HtmlReportFormatter.Render(report));
        var browser = await chromium.Browser();
        var page = await browser.NewPageAsync();
        await page.NavigateAsync(new Uri(path).AbsoluteUri);
        (await page.EvaluateAsync<string>("document.documentElement.dataset.ready || ''")).ShouldBe("true", "the report's script must run under its own policy");
        (await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.filters')).position")).ShouldBe("sticky", "the report's stylesheet must apply");
        if (screenshot is not null)
            await SaveScreenshot(page, screenshot);
        return page;
    }

    private async Task SaveScreenshot(ChromiumPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);
        string png = Path.Combine(Artifacts, name + ".png");
        await File.WriteAllBytesAsync(png, await page.ScreenshotAsync());
        output.WriteLine("Screenshot: " + png);
    }

    /// <summary>No request but the page itself, no policy violation, no error in the console.</summary>
    private static void AssertSealed(ChromiumPage page, LintReport report)
    {
        page.Requests.Count.ShouldBe(1, "only the page itself is loaded: " + string.Join(", ", page.Requests));
        page.Requests.Single().ShouldStartWith("file://");
        page.Blocked.ShouldBeEmpty("the page tries to load nothing");
        page.Messages.Where(m => m.Contains("error", StringComparison.OrdinalIgnoreCase) || m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            .ShouldBeEmpty();
        report.Files.ShouldNotBeEmpty();
    }

    /// <summary>Changes the filter controls <paramref name="selector"/> picks, as a person would: each gets its input and change events.</summary>
    private static async Task SetFilter(ChromiumPage page, string selector, string change) =>
        await page.EvaluateAsync($$"""
            document.querySelectorAll({{JsonSerializer.Serialize(selector)}}).forEach(el => {
              {{change}};
              el.dispatchEvent(new Event('input', { bubbles: true }));
              el.dispatchEvent(new Event('change', { bubbles: true }));
            }); true
            """);

    private static async Task Reset(ChromiumPage page)
    {
        await SetFilter(page, "input[name=severity]", "el.checked = true");
        await SetFilter(page, "select[name=category], select[name=rule], input[name=q]", "el.value = ''");
        await SetFilter(page, "input[name=errorsOnly]", "el.checked = false");
    }

    private static async Task<List<string>> VisibleCards(ChromiumPage page) =>
        [.. (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('article.rec')].filter(c => !c.hidden).map(c => c.id)")).Order(StringComparer.Ordinal)];

    private static List<string> Cards(ActionPlan plan, IEnumerable<Diagnostic> counted, Func<Diagnostic, bool> matches)
    {
        var ordinals = counted.Where(matches).Select(d => d.ConcernOrdinal).ToHashSet();
        return [.. plan.Concerns.Where(c => ordinals.Contains(c.Ordinal)).Select(CardId).Order(StringComparer.Ordinal)];
    }

    private static string CardId(Concern concern) => "p1-r" + concern.Ordinal.ToString(CultureInfo.InvariantCulture);

    /// <summary>A long word that one recommendation's card holds and no other card does.</summary>
    private static (string Word, Concern Card) UniqueWord(ActionPlan plan, IReadOnlyList<Diagnostic> findings)
    {
        string Text(Concern c) => string.Join(" ", new[] { c.Id, c.Section, c.Text, c.Reason }
            .Concat(c.Actions.SelectMany(a => new[] { a.Text, a.Owner, a.TargetDate }))
            .Concat(findings.Where(d => d.ConcernOrdinal == c.Ordinal && !PlanReviews.IsReading(d)).SelectMany(d => new[] { d.Message, d.Location.Part, d.Suppression?.Justification })))
            .ToLowerInvariant();
        var texts = plan.Concerns.Select(c => (Concern: c, Text: Text(c))).ToList();
        foreach (var (concern, text) in texts)
        {
            foreach (Match word in Regex.Matches(text, @"\b[a-z]{9,}\b"))
            {
                if (PageWords.Any(p => p.Contains(word.Value, StringComparison.Ordinal) || word.Value.Contains(p, StringComparison.Ordinal))) continue;
                if (texts.Count(t => t.Text.Contains(word.Value, StringComparison.Ordinal)) == 1)
                    return (word.Value, concern);
            }
        }

        throw new InvalidOperationException("No word belongs to one recommendation only.");
    }
}
