using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Formatters.Review;
using PlanLint.Model;

namespace PlanLint.Formatters.Html;

/// <summary>
/// <c>--html FILE</c> / <c>--format html</c>: one self-contained page per run that a reviewer reads instead of a log, offline.
/// Per plan: the title block, a SMART scorecard with quality levels, findings about the plan as a whole, a card per
/// recommendation with each action's findings inline and the phrase they are about highlighted, and what could not be read.
/// The page's stylesheet and script (Html/report.css, Html/report.js) are embedded and allowed by hash in a
/// Content-Security-Policy that forbids everything else, so no request leaves the page and no script from a plan can run.
/// </summary>
public sealed class HtmlReportFormatter : IReportFormatter
{
    private static readonly Lazy<Asset> Style = new(() => Asset.Load("html.report.css"));
    private static readonly Lazy<Asset> Script = new(() => Asset.Load("html.report.js"));

    public string Name => "html";

    /// <summary>The Content-Security-Policy the page carries: nothing from anywhere, but its own style and script by hash.</summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; script-src '{Script.Value.Hash}'; style-src '{Style.Value.Hash}'; img-src 'none'; font-src 'none'; " +
        "connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'";

    public void Write(LintReport report, Stream stream)
    {
        string html = Render(report);
        stream.Write(Encoding.UTF8.GetBytes(html));
    }

    public static string Render(LintReport report) => new HtmlReportWriter(report, Style.Value.Text, Script.Value.Text, ContentSecurityPolicy).Render();

    private sealed record Asset(string Text, string Hash)
    {
        public static Asset Load(string name)
        {
            using var stream = typeof(HtmlReportFormatter).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The report resource {name} is missing from the build.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            // Line endings are fixed so the hash does not depend on how the file was checked out.
            string text = reader.ReadToEnd().ReplaceLineEndings("\n");
            if (text.Contains("</", StringComparison.Ordinal))
                throw new InvalidOperationException($"The report resource {name} contains '</', which would end its element early.");
            return new Asset(text, "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        }
    }
}

/// <summary>Writes the page for one run; every text from a plan, configuration or rule pack goes through <see cref="HtmlText"/>.</summary>
internal sealed class HtmlReportWriter(LintReport report, string style, string script, string policy)
{
    private readonly StringBuilder html = new(64 * 1024);
    private readonly IReadOnlyList<PlanReview> plans = PlanReviews.Of(report);
    private int planNumber;
    private int findingNumber;
    private Dictionary<Diagnostic, string> findingIds = new(ReferenceEqualityComparer.Instance);

    public string Render()
    {
        Raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").Raw(policy).Raw("\">\n");
        Raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
        Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<meta name=\"generator\" content=\"").Text($"{PlanLintInfo.ToolName} {PlanLintInfo.Version}").Raw("\">\n");
        Raw("<title>").Text(Title()).Raw("</title>\n");
        Raw("<style>").Raw(style).Raw("</style>\n</head>\n<body>\n");
        Raw("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n");
        WriteRunHeader();
        WriteFilters();
        Raw("<main id=\"main\">\n");
        if (plans.Count > 1) WriteIndex();
        foreach (var plan in plans)
        {
            planNumber++;
            findingNumber = 0;
            findingIds = new(ReferenceEqualityComparer.Instance);
            WritePlan(plan);
        }

        if (plans.Count == 0) Raw("<p>No plan files were checked.</p>\n");
        Raw("</main>\n");
        WriteFooter();
        Raw("<script>").Raw(script).Raw("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void WriteFooter()
    {
        Raw("<footer>\n<p>Made by ").Text($"{PlanLintInfo.ToolName} {PlanLintInfo.Version}").Raw(". Each rule id links to the rule's page: what it flags, why it matters and how to fix it. ");
        Raw("This page is self-contained: it loads nothing from anywhere else, and it works offline.</p>\n</footer>\n");
    }

    private string Title() => plans.Count == 1
        ? $"PlanLint report: {PlanName(plans[0])}"
        : $"PlanLint report: {Count(plans.Count, "plan")}";

    private static string PlanName(PlanReview plan) =>
        plan.Plan?.Establishment is { Length: > 0 } establishment ? establishment.Trim() : plan.DisplayPath;

    private void WriteRunHeader()
    {
        var counted = plans.SelectMany(p => p.AllFindings).Where(PlanReviews.Counts).ToList();
        Raw("<header class=\"run\">\n<h1>").Text(Title()).Raw("</h1>\n<p class=\"run-summary\">");
        Text($"{Count(plans.Count, "plan")} checked");
        if (report.StartTimeUtc != default)
            Text($" on {report.StartTimeUtc.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture)}");
        Text(": ");
        WriteSeverityCounts(counted);
        int suppressed = plans.SelectMany(p => p.AllFindings).Count(d => d.IsSuppressed);
        int reading = plans.Sum(p => p.ReadingFindings.Count);
        if (suppressed > 0) Text($", {suppressed.ToString(CultureInfo.InvariantCulture)} suppressed");
        if (reading > 0) Text($", {Count(reading, "reading finding")}");
        Raw(".</p>\n</header>\n");
    }

    private void WriteSeverityCounts(IReadOnlyCollection<Diagnostic> counted)
    {
        Text(string.Join(", ",
            Count(counted.Count(d => d.Severity == Severity.Error), "error"),
            Count(counted.Count(d => d.Severity == Severity.Warning), "warning"),
            Count(counted.Count(d => d.Severity == Severity.Note), "note")));
    }

    private void WriteFilters()
    {
        var all = plans.SelectMany(p => p.AllFindings).ToList();
        Raw("<form id=\"filters\" class=\"filters\" role=\"search\" aria-label=\"Filter the findings\" hidden>\n");
        Raw("<fieldset class=\"severities\"><legend>Severity</legend>\n");
        foreach (var (value, label) in new[] { ("error", "Errors"), ("warning", "Warnings"), ("note", "Notes") })
            Raw($"<label><input type=\"checkbox\" name=\"severity\" value=\"{value}\" checked> {label}</label>\n");
        Raw("</fieldset>\n");
        Raw("<label>Category <select name=\"category\"><option value=\"\">All categories</option>\n");
        foreach (var category in Scorecard.Categories.Append(RuleCategory.Reading).Where(c => all.Any(d => Category(d) == c.ToDisplayName())))
            Raw("<option value=\"").Text(category.ToDisplayName()).Raw("\">").Text(category.ToDisplayName()).Raw("</option>\n");
        Raw("</select></label>\n");
        Raw("<label>Rule <select name=\"rule\"><option value=\"\">All rules</option>\n");
        foreach (var rule in all.Select(d => d.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal))
            Raw("<option value=\"").Text(rule.Id).Raw("\">").Text($"{rule.Id} {rule.Name}").Raw("</option>\n");
        Raw("</select></label>\n");
        Raw("<label><input type=\"checkbox\" name=\"errorsOnly\"> Only recommendations with errors</label>\n");
        Raw("<label>Search <input type=\"search\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\"></label>\n");
        Raw("<label>Order <select name=\"order\"><option value=\"document\">As in the plan</option><option value=\"attention\">Most attention first</option></select></label>\n");
        Raw("<p id=\"filter-status\" class=\"filter-status\" role=\"status\" aria-live=\"polite\"></p>\n");
        Raw("</form>\n");
    }

    private void WriteIndex()
    {
        Raw("<section class=\"index\" aria-labelledby=\"index-title\">\n<h2 id=\"index-title\">Plans in this report</h2>\n");
        Raw("<p class=\"explain\">Counted findings per category in each plan: the symbol gives the worst severity (× error, ! warning, i note) and the number how many.</p>\n");
        Raw("<div class=\"table-wrap\"><table class=\"scorecard index-table\">\n<caption class=\"vh\">Plans in this report with their counted findings per category</caption>\n<thead><tr><th scope=\"col\">Plan</th><th scope=\"col\">Level</th>");
        WriteCategoryHeaders();
        Raw("<th scope=\"col\">All</th></tr></thead>\n<tbody>\n");
        int n = 0;
        foreach (var plan in plans)
        {
            n++;
            Raw($"<tr><th scope=\"row\"><a href=\"#p{n}\">").Text(PlanName(plan)).Raw("</a><span class=\"file\">").Text(plan.DisplayPath).Raw("</span></th>");
            WriteLevelCell(plan.Level);
            foreach (var category in Scorecard.Categories)
                WriteScoreCell(plan.Totals[category], category, $"#p{n}-score");
            WriteTotalCell(plan.Totals);
            Raw("</tr>\n");
        }

        Raw("</tbody>\n</table></div>\n</section>\n");
    }

    private void WriteCategoryHeaders()
    {
        foreach (var category in Scorecard.Categories)
            Raw("<th scope=\"col\">").Text(category.ToDisplayName()).Raw("</th>");
    }

    private void WritePlan(PlanReview plan)
    {
        string id = $"p{planNumber}";
        foreach (var d in plan.AllFindings)
            findingIds[d] = $"{id}-f{++findingNumber}";

        Raw($"<article class=\"plan\" id=\"{id}\" aria-labelledby=\"{id}-title\">\n<header class=\"plan-header\">\n<h2 id=\"{id}-title\">").Text(PlanName(plan)).Raw("</h2>\n");
        Raw("<dl class=\"title-block\">\n");
        Term("File", plan.DisplayPath);
        if (plan.Plan is { } p)
        {
            Term("Submitted", Date(p.Submitted));
            Term("Inspection", p.InspectionStart is null && p.InspectionEnd is null ? "Not given" : $"{Date(p.InspectionStart)} to {Date(p.InspectionEnd)}");
            Term("Report published", Date(p.ReportPublished));
            Term("Contents", Count(p.Concerns.Count, "recommendation") + ", " + Count(p.Concerns.Sum(c => c.Actions.Count), "action"));
        }

        Raw("<dt>Quality</dt><dd>");
        WriteLevel(plan.Level);
        Raw("</dd>\n<dt>Findings</dt><dd>");
        WriteSeverityCounts([.. plan.AllFindings.Where(PlanReviews.Counts)]);
        int suppressed = plan.AllFindings.Count(d => d.IsSuppressed);
        if (suppressed > 0) Text($", {suppressed.ToString(CultureInfo.InvariantCulture)} suppressed");
        int known = plan.AllFindings.Count(d => d.BaselineState == BaselineState.Unchanged);
        if (known > 0) Text($", {known.ToString(CultureInfo.InvariantCulture)} already in the baseline");
        if (plan.FixedSinceBaseline > 0) Text($"; {Count(plan.FixedSinceBaseline, "baseline entry", "baseline entries")} no longer found");
        Raw("</dd>\n</dl>\n</header>\n");

        if (plan.Plan is null)
            Raw("<p class=\"unread\">This file could not be read as a plan; what went wrong is under <a href=\"#").Raw(id).Raw("-reading\">Reading the document</a>.</p>\n");
        else
            WriteScorecard(plan, id);

        if (plan.PlanFindings.Count > 0)
        {
            Raw($"<section class=\"plan-findings\" aria-labelledby=\"{id}-whole\">\n<h3 id=\"{id}-whole\">About the plan as a whole</h3>\n");
            WriteFindings(plan.PlanFindings, null);
            Raw("</section>\n");
        }

        if (plan.Recommendations.Count > 0)
        {
            Raw($"<section class=\"recs\" aria-labelledby=\"{id}-recs\">\n<h3 id=\"{id}-recs\">Recommendations</h3>\n<div class=\"cards\">\n");
            foreach (var rec in plan.Recommendations)
                WriteRecommendation(plan, rec, id);
            Raw("</div>\n</section>\n");
        }

        if (plan.ReadingFindings.Count > 0)
        {
            Raw($"<section class=\"reading\" id=\"{id}-reading\" aria-labelledby=\"{id}-reading-title\">\n<h3 id=\"{id}-reading-title\">Reading the document</h3>\n");
            Raw("<p class=\"explain\">What PlanLint could not tell from the file itself. These are about the document, not the plan, and do not count towards its level.</p>\n");
            WriteFindings(plan.ReadingFindings, null, linkRecommendation: (plan, id));
            Raw("</section>\n");
        }

        Raw("</article>\n");
    }

    private void WriteScorecard(PlanReview plan, string id)
    {
        Raw($"<section class=\"score\" aria-labelledby=\"{id}-score-title\" id=\"{id}-score\">\n<h3 id=\"{id}-score-title\">SMART scorecard</h3>\n");
        Raw("<p class=\"explain\">Counted findings per recommendation and category: the symbol gives the worst severity (× error, ! warning, i note) and the number how many. Suppressed findings and findings about reading the document are not counted. Select a cell to go to its findings.</p>\n");
        Raw("<div class=\"table-wrap\"><table class=\"scorecard\">\n<caption class=\"vh\">SMART scorecard: counted findings per recommendation and category</caption>\n");
        Raw("<thead><tr><th scope=\"col\">Rec.</th><th scope=\"col\">Level</th>");
        WriteCategoryHeaders();
        Raw("<th scope=\"col\">All</th></tr></thead>\n<tbody>\n");
        foreach (var rec in plan.Recommendations)
        {
            string recId = RecId(id, rec);
            Raw($"<tr data-rec=\"{recId}\" data-level=\"{rec.Level.Value}\" data-points=\"{Points(rec)}\" data-order=\"{rec.Concern.Ordinal}\"><th scope=\"row\"><a href=\"#{recId}\">").Text(rec.Concern.Id).Raw("</a></th>");
            WriteLevelCell(rec.Level);
            foreach (var category in Scorecard.Categories)
            {
                var first = rec.AllFindings.FirstOrDefault(d => PlanReviews.Counts(d) && d.Descriptor.Category == category);
                WriteScoreCell(rec.Scorecard[category], category, first is null ? "#" + recId : "#" + findingIds[first]);
            }

            WriteTotalCell(rec.Scorecard);
            Raw("</tr>\n");
        }

        Raw("</tbody>\n<tfoot><tr><th scope=\"row\">All</th>");
        WriteLevelCell(plan.Level);
        foreach (var category in Scorecard.Categories)
            WriteScoreCell(plan.Totals[category], category, null);
        WriteTotalCell(plan.Totals);
        Raw("</tr></tfoot>\n</table></div>\n");
        Raw("<p class=\"explain\">Levels run from 5 (nothing found) to 1. Each counted finding costs points (error 5, warning 2, note 1); an action's level follows its points (0: 5, 1–2: 4, 3–4: 3, 5–9: 2, 10 or more: 1); a recommendation takes its worst action's level or its own findings' if lower; the plan takes the mean of its recommendations' levels rounded down, or its plan-wide findings' level if lower. Adding a finding never raises a level.</p>\n");
        Raw("</section>\n");
    }

    private static int Points(RecommendationReview rec) => rec.AllFindings.Where(PlanReviews.Counts).Sum(d => QualityLevel.PointsOf(d.Severity));

    private void WriteLevelCell(QualityLevel level)
    {
        Raw("<td class=\"level-cell\">");
        WriteLevel(level);
        Raw("</td>");
    }

    private void WriteLevel(QualityLevel level) =>
        Raw($"<span class=\"level level-{level.Value}\">{level.Value}<span class=\"level-name\"> {level.Name}</span></span>");

    private void WriteScoreCell(ScoreCell cell, RuleCategory category, string? href)
    {
        if (cell.Count == 0)
        {
            Raw("<td class=\"cell none\"><span aria-hidden=\"true\">–</span><span class=\"vh\">none</span></td>");
            return;
        }

        string severity = cell.Worst.ToName();
        string label = $"{Count(cell.Count, category.ToDisplayName() + " finding")}, worst {Article(severity)} {severity}";
        Raw($"<td class=\"cell sev-{severity}\">");
        if (href is not null) Raw("<a href=\"").Text(href).Raw("\" title=\"").Text(label).Raw("\">");
        Raw($"<span class=\"sym\" aria-hidden=\"true\">{Symbol(cell.Worst)}</span> {cell.Count.ToString(CultureInfo.InvariantCulture)}<span class=\"vh\">").Text($" ({label})").Raw("</span>");
        if (href is not null) Raw("</a>");
        Raw("</td>");
    }

    private void WriteTotalCell(Scorecard row)
    {
        int count = row.Count;
        var worst = row.Cells.Values.Select(c => c.Worst).DefaultIfEmpty(Severity.None).Max();
        if (count == 0)
            Raw("<td class=\"cell total none\">0</td>");
        else
            Raw($"<td class=\"cell total sev-{worst.ToName()}\"><span class=\"sym\" aria-hidden=\"true\">{Symbol(worst)}</span> {count.ToString(CultureInfo.InvariantCulture)}<span class=\"vh\"> (worst {Article(worst.ToName())} {worst.ToName()})</span></td>");
    }

    private void WriteRecommendation(PlanReview plan, RecommendationReview rec, string planId)
    {
        var concern = rec.Concern;
        string id = RecId(planId, rec);
        bool hasErrors = rec.AllFindings.Any(d => PlanReviews.Counts(d) && d.Severity == Severity.Error);
        Raw($"<article class=\"rec\" id=\"{id}\" aria-labelledby=\"{id}-title\" data-level=\"{rec.Level.Value}\" data-points=\"{Points(rec)}\" data-order=\"{concern.Ordinal}\" data-errors=\"{(hasErrors ? "true" : "false")}\">\n");
        Raw($"<h4 id=\"{id}-title\"><span class=\"rec-label\">Recommendation </span>").Text(concern.Id).Raw("</h4>\n");
        Raw("<div class=\"rec-meta\">");
        WriteLevel(rec.Level);
        Raw("<dl>");
        if (!string.IsNullOrWhiteSpace(concern.Section)) Term("Section", concern.Section.Trim());
        if (plan.Plan?.Format == PlanFormat.Recommendations || concern.Agreement is not null)
            Term("Status", concern.Agreement?.LabelName() ?? "No status given");
        if (!string.IsNullOrWhiteSpace(concern.Reason)) Term("Reason", concern.Reason.Trim());
        Raw("</dl></div>\n");
        if (!string.IsNullOrWhiteSpace(concern.Text))
            Raw("<blockquote class=\"concern\">").Text(concern.Text.Trim()).Raw("</blockquote>\n");

        if (rec.Findings.Count > 0)
            WriteFindings(rec.Findings, null);

        if (concern.Actions.Count == 0)
            Raw("<p class=\"no-actions\">No response actions.</p>\n");
        else
        {
            Raw("<ol class=\"actions\">\n");
            foreach (var action in rec.Actions)
                WriteAction(id, action);
            Raw("</ol>\n");
        }

        Raw("</article>\n");
    }

    private void WriteAction(string recId, ActionReview review)
    {
        var action = review.Action;
        string id = $"{recId}-a{action.Index.ToString(CultureInfo.InvariantCulture)}";
        Raw($"<li class=\"action\" id=\"{id}\" value=\"{action.Index.ToString(CultureInfo.InvariantCulture)}\">\n");
        Raw("<div class=\"action-head\"><span class=\"action-label\">Action ").Raw(action.Index.ToString(CultureInfo.InvariantCulture)).Raw("</span>");
        WriteLevel(review.Level);
        Raw("</div>\n");
        var marks = Marks(id, review.Findings);
        Raw("<p class=\"action-text\">");
        WriteMarked(action.Text, PlanFields.Text, marks, "(no text)");
        Raw("</p>\n<dl class=\"action-meta\"><dt>Owner</dt><dd>");
        WriteMarked(action.Owner, PlanFields.Owner, marks, "Not given");
        Raw("</dd><dt>Target date</dt><dd>");
        WriteMarked(action.TargetDate, PlanFields.TargetDate, marks, "Not given");
        Raw("</dd></dl>\n");
        WriteFindings(review.Findings, marks);
        Raw("</li>\n");
    }

    /// <summary>The phrases the findings name, by field, each with the id its mark gets; overlapping phrases are merged.</summary>
    private static Dictionary<string, List<Mark>> Marks(string actionId, IReadOnlyList<Diagnostic> findings)
    {
        var byField = new Dictionary<string, List<Mark>>(StringComparer.Ordinal);
        int n = 0;
        foreach (var d in findings.Where(d => !d.IsSuppressed && d.Span is not null).OrderBy(d => FieldOrder(d.Span!.Value.Field)).ThenBy(d => d.Span!.Value.Start))
        {
            var span = d.Span!.Value;
            if (!byField.TryGetValue(span.Field, out var list)) byField[span.Field] = list = [];
            var last = list.Count > 0 ? list[^1] : null;
            if (last is not null && span.Start < last.End)
            {
                last.End = Math.Max(last.End, span.End);
                last.Findings.Add(d);
                last.Worst = d.Severity > last.Worst ? d.Severity : last.Worst;
            }
            else
            {
                list.Add(new Mark($"{actionId}-m{++n}", span.Start, span.End, d));
            }
        }

        return byField;
    }

    private static int FieldOrder(string field) => field switch
    {
        PlanFields.Text => 0,
        PlanFields.Owner => 1,
        PlanFields.TargetDate => 2,
        _ => 3,
    };

    private void WriteMarked(string? value, string field, Dictionary<string, List<Mark>> marks, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Raw("<span class=\"missing\">").Text(missing).Raw("</span>");
            return;
        }

        int at = 0;
        foreach (var mark in marks.GetValueOrDefault(field) ?? [])
        {
            // A phrase that does not fit the text as read (a rule pack's mistake) is not shown rather than shown wrongly.
            if (mark.Start < at || mark.End > value.Length || mark.Start >= mark.End || SplitsPair(value, mark.Start) || SplitsPair(value, mark.End))
                continue;
            HtmlText.Append(html, value, at, mark.Start - at);
            Raw($"<mark id=\"{mark.Id}\" class=\"hl-{mark.Worst.ToName()}\">");
            HtmlText.Append(html, value, mark.Start, mark.End - mark.Start);
            Raw("</mark>");
            mark.Shown = true;
            at = mark.End;
        }

        HtmlText.Append(html, value, at, value.Length - at);
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);

    private void WriteFindings(IReadOnlyList<Diagnostic> findings, Dictionary<string, List<Mark>>? marks, (PlanReview Plan, string Id)? linkRecommendation = null)
    {
        var shown = findings.Where(d => !d.IsSuppressed).ToList();
        var suppressed = findings.Where(d => d.IsSuppressed).ToList();
        if (shown.Count > 0)
        {
            Raw("<ul class=\"findings\">\n");
            foreach (var d in shown)
                WriteFinding(d, marks, linkRecommendation);
            Raw("</ul>\n");
        }

        if (suppressed.Count > 0)
        {
            Raw("<details class=\"suppressed\"><summary>").Text(Count(suppressed.Count, "suppressed finding")).Raw("</summary>\n<ul class=\"findings\">\n");
            foreach (var d in suppressed)
                WriteFinding(d, null, linkRecommendation);
            Raw("</ul>\n</details>\n");
        }
    }

    private void WriteFinding(Diagnostic d, Dictionary<string, List<Mark>>? marks, (PlanReview Plan, string Id)? linkRecommendation)
    {
        string severity = d.Severity.ToName();
        Raw($"<li class=\"finding sev-{severity}\" id=\"{findingIds[d]}\" data-severity=\"{severity}\" data-category=\"").Text(Category(d))
            .Raw("\" data-rule=\"").Text(d.Id).Raw("\"").Raw(d.IsSuppressed ? " data-suppressed=\"true\"" : "").Raw(">");
        Raw($"<span class=\"badge sev-{severity}\"><span class=\"sym\" aria-hidden=\"true\">{Symbol(d.Severity)}</span> {Capitalised(severity)}</span> ");
        if (SafeLink(d.Descriptor.HelpUri) is { } help)
            Raw("<a class=\"rule\" href=\"").Text(help).Raw("\" rel=\"noopener noreferrer\">").Text(d.Id).Raw("</a>");
        else
            Raw("<span class=\"rule\">").Text(d.Id).Raw("</span>");
        Raw(" <span class=\"category\">").Text(Category(d)).Raw("</span>");
        if (d.BaselineState == BaselineState.Unchanged)
            Raw(" <span class=\"known\">In the baseline</span>");
        Raw(" <span class=\"message\">").Text(d.Message).Raw("</span>");
        var mark = marks?.Values.SelectMany(m => m).FirstOrDefault(m => m.Shown && m.Findings.Contains(d));
        if (mark is not null)
            Raw($" <a class=\"phrase-link\" href=\"#{mark.Id}\">See the phrase</a>");
        if (Place(d) is { } place)
            Raw(" <span class=\"place\">").Text(place).Raw("</span>");
        if (linkRecommendation is { } link && d.ConcernOrdinal >= 0 && link.Plan.Recommendations.FirstOrDefault(r => r.Concern.Ordinal == d.ConcernOrdinal) is { } rec)
            Raw(" <a class=\"rec-link\" href=\"#").Raw(RecId(link.Id, rec)).Raw("\">Go to ").Text(rec.Concern.Id).Raw("</a>");
        if (d.Suppression is { } s)
            Raw(" <span class=\"justification\"><span class=\"label\">Justification:</span> ").Text(s.Justification).Raw("</span>");
        Raw("</li>\n");
    }

    private static string? Place(Diagnostic d) =>
        d.Location.HasLine ? string.Create(CultureInfo.InvariantCulture, $"line {d.Location.Line}")
        : d.Location.Part;

    private static string Category(Diagnostic d) =>
        PlanReviews.IsReading(d) ? RuleCategory.Reading.ToDisplayName() : d.Descriptor.Category.ToDisplayName();

    private static string RecId(string planId, RecommendationReview rec) =>
        $"{planId}-r{rec.Concern.Ordinal.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A rule's documentation address, when it is an ordinary web address; anything else (javascript:, data:) is not linked.</summary>
    private static string? SafeLink(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? parsed.AbsoluteUri
            : null;

    private void Term(string name, string value) => Raw("<dt>").Text(name).Raw("</dt><dd>").Text(value).Raw("</dd>\n");

    private static string Date(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "Not given";

    internal static string Symbol(Severity severity) => severity switch
    {
        Severity.Error => "\u00d7",
        Severity.Warning => "!",
        _ => "i",
    };

    private static string Article(string word) => word.Length > 0 && "aeiou".Contains(word[0]) ? "an" : "a";

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Count(int n, string singular, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    private HtmlReportWriter Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    private HtmlReportWriter Text(string text)
    {
        HtmlText.Append(html, text);
        return this;
    }

    private sealed class Mark(string id, int start, int end, Diagnostic first)
    {
        public string Id { get; } = id;
        public int Start { get; } = start;
        public int End { get; set; } = end;
        public List<Diagnostic> Findings { get; } = [first];
        public Severity Worst { get; set; } = first.Severity;
        public bool Shown { get; set; }
    }
}
