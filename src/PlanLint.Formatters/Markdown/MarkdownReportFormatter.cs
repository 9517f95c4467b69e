using System.Globalization;
using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Formatters.Review;
using PlanLint.Model;

namespace PlanLint.Formatters.Markdown;

/// <summary>
/// <c>--markdown FILE</c> / <c>--format markdown</c>: the reviewer's report as GitHub-flavoured Markdown for a pull-request
/// comment or a GitHub Actions job summary: an index of plans, then per plan its scorecard and its findings grouped by
/// recommendation and action. Every text from a plan goes through <see cref="MarkdownText"/>; with
/// <see cref="LintReport.RedactPlanText"/> the plan's own words are left out. The whole stays within GitHub's
/// 65,536-character limit for a comment, leaving details out (and saying so) past it.
/// </summary>
public sealed class MarkdownReportFormatter : IReportFormatter
{
    /// <summary>GitHub refuses a comment longer than this many characters.</summary>
    public const int GitHubCommentLimit = 65_536;

    public string Name => "markdown";

    /// <summary>The most characters the report may have; GitHub's comment limit unless a test sets less.</summary>
    public int MaxLength { get; init; } = GitHubCommentLimit;

    public void Write(LintReport report, Stream stream) => stream.Write(Encoding.UTF8.GetBytes(Render(report)));

    public string Render(LintReport report) => new MarkdownReportWriter(report, MaxLength).Render();
}

internal sealed class MarkdownReportWriter(LintReport report, int maxLength)
{
    // Room kept for the note that says what was left out.
    private const int NoteReserve = 600;

    private readonly IReadOnlyList<PlanReview> plans = PlanReviews.Of(report);
    private readonly bool redact = report.RedactPlanText;

    public string Render()
    {
        var head = new StringBuilder();
        head.Append("## ").Append(Title()).Append("\n\n");
        var counted = plans.SelectMany(p => p.AllFindings).Where(PlanReviews.Counts).ToList();
        head.Append(Count(plans.Count, "plan")).Append(" checked: ").Append(SeverityCounts(counted));
        int suppressed = plans.SelectMany(p => p.AllFindings).Count(d => d.IsSuppressed);
        if (suppressed > 0) head.Append(", ").Append(suppressed.ToString(CultureInfo.InvariantCulture)).Append(" suppressed");
        int reading = plans.Sum(p => p.ReadingFindings.Count);
        if (reading > 0) head.Append(", ").Append(Count(reading, "reading finding"));
        head.Append(".\n\n");
        head.Append("Symbols: × error, ! warning, i note, for the worst finding in a cell; the number is how many. Levels run from 5 (nothing found) to 1 ([how they are worked out](").Append(PlanLintInfo.RepositoryUrl).Append("/blob/main/docs/report.md#quality-levels)).\n\n");
        if (redact)
            head.Append("The plan's own words are left out of this report (`redactPlanText`).\n\n");
        int budget = maxLength - NoteReserve;
        int indexLeftOut = 0;
        if (plans.Count > 1)
            head.Append(Index(budget / 2 - head.Length, out indexLeftOut));

        // Each plan's summary (title and scorecard) is kept first; its details fill what room is left, in order, a block
        // (a recommendation with its findings) whole or not at all.
        var summaries = plans.Select(PlanSummary).ToList();
        int remaining = budget - head.Length;
        var included = new List<int>();
        int plansLeftOut = 0, findingsLeftOut = 0;
        for (int i = 0; i < plans.Count; i++)
        {
            if (summaries[i].Length > remaining)
            {
                plansLeftOut++;
                findingsLeftOut += plans[i].AllFindings.Count();
                continue;
            }

            remaining -= summaries[i].Length;
            included.Add(i);
        }

        var sb = new StringBuilder(head.ToString(), maxLength);
        foreach (int i in included)
        {
            sb.Append(summaries[i]);
            foreach (var (block, findings) in PlanDetails(plans[i]))
            {
                if (block.Length > remaining)
                {
                    findingsLeftOut += findings;
                    continue;
                }

                remaining -= block.Length;
                sb.Append(block);
            }
        }

        if (plansLeftOut > 0 || findingsLeftOut > 0 || indexLeftOut > 0)
        {
            int total = plans.Sum(p => p.AllFindings.Count());
            var left = new List<string>();
            if (indexLeftOut > 0) left.Add($"{Count(indexLeftOut, "plan")} from the index");
            if (plansLeftOut > 0) left.Add(Count(plansLeftOut, "plan"));
            if (findingsLeftOut > 0) left.Add($"{findingsLeftOut.ToString(CultureInfo.InvariantCulture)} of {Count(total, "finding")}");
            sb.Append("> [!NOTE]\n> This report leaves out ").Append(string.Join(" and ", left))
                .Append(" to stay within GitHub's ").Append(MarkdownReportFormatter.GitHubCommentLimit.ToString("N0", CultureInfo.InvariantCulture))
                .Append("-character limit for a comment. The HTML report (`--html FILE`) and the SARIF log hold them all.\n");
        }

        return sb.ToString();
    }

    private string Title() => plans.Count == 1 ? $"PlanLint: {PlanName(plans[0])}" : $"PlanLint: {Count(plans.Count, "plan")}";

    private string PlanName(PlanReview plan) =>
        !redact && plan.Plan?.Establishment is { Length: > 0 } establishment ? MarkdownText.Inline(OpeningWords.Of(establishment, 16, 100)) : Path(plan);

    private static string Path(PlanReview plan) => MarkdownText.Inline(plan.DisplayPath);

    /// <summary>One row per plan with its scorecard totals, as many as fit in <paramref name="room"/> characters.</summary>
    private string Index(int room, out int leftOut)
    {
        var sb = new StringBuilder("| Plan | Level |");
        AppendCategoryHeaders(sb);
        leftOut = 0;
        foreach (var plan in plans)
        {
            var row = new StringBuilder("| ").Append(PlanName(plan));
            if (PlanName(plan) != Path(plan)) row.Append(" (").Append(Path(plan)).Append(')');
            row.Append(" | ").Append(Level(plan.Level)).Append(" |");
            AppendCells(row, plan.Totals);
            if (sb.Length + row.Length > room) leftOut++;
            else sb.Append(row);
        }

        return sb.Append('\n').ToString();
    }

    private static void AppendCategoryHeaders(StringBuilder sb)
    {
        foreach (var category in Scorecard.Categories)
            sb.Append(' ').Append(category.ToDisplayName()).Append(" |");
        sb.Append(" All |\n|---|---|");
        foreach (var _ in Scorecard.Categories)
            sb.Append(":---:|");
        sb.Append(":---:|\n");
    }

    private static void AppendCells(StringBuilder sb, Scorecard row)
    {
        foreach (var category in Scorecard.Categories)
            sb.Append(' ').Append(Cell(row[category])).Append(" |");
        var worst = row.Cells.Values.Select(c => c.Worst).DefaultIfEmpty(Severity.None).Max();
        sb.Append(' ').Append(Cell(new ScoreCell(worst, row.Count))).Append(" |\n");
    }

    private static string Cell(ScoreCell cell) =>
        cell.Count == 0 ? "–" : $"{Symbol(cell.Worst)} {cell.Count.ToString(CultureInfo.InvariantCulture)}";

    private static string Symbol(Severity severity) => severity switch
    {
        Severity.Error => "×",
        Severity.Warning => "!",
        _ => "i",
    };

    private static string Level(QualityLevel level) => $"{level.Value} {level.Name}";

    private string PlanSummary(PlanReview plan)
    {
        var sb = new StringBuilder();
        sb.Append("### ").Append(PlanName(plan)).Append("\n\n");
        var facts = new List<string>();
        if (PlanName(plan) != Path(plan)) facts.Add(Path(plan));
        if (plan.Plan is { } p)
        {
            if (p.Submitted is { } submitted) facts.Add("submitted " + Date(submitted));
            if (p.InspectionStart is { } start) facts.Add("inspected " + Date(start) + (p.InspectionEnd is { } end ? " to " + Date(end) : ""));
            if (p.ReportPublished is { } published) facts.Add("report published " + Date(published));
        }

        facts.Add("level **" + Level(plan.Level) + "**");
        facts.Add(SeverityCounts([.. plan.AllFindings.Where(PlanReviews.Counts)]));
        sb.Append(string.Join(" · ", facts)).Append("\n\n");
        if (plan.Plan is null)
        {
            sb.Append("This file could not be read as a plan.\n\n");
            return sb.ToString();
        }

        sb.Append("| Rec. | Level |");
        AppendCategoryHeaders(sb);
        foreach (var rec in plan.Recommendations)
        {
            sb.Append("| ").Append(RecId(rec.Concern.Id)).Append(" | ").Append(Level(rec.Level)).Append(" |");
            AppendCells(sb, rec.Scorecard);
        }

        sb.Append("| **All** | **").Append(Level(plan.Level)).Append("** |");
        AppendCells(sb, plan.Totals);
        return sb.Append('\n').ToString();
    }

    /// <summary>A plan's details as blocks (plan-wide findings, each recommendation with findings, reading), with the findings each holds.</summary>
    private List<(string Block, int Findings)> PlanDetails(PlanReview plan)
    {
        var blocks = new List<(string, int)>();
        if (plan.PlanFindings.Count > 0)
        {
            var sb = new StringBuilder("#### About the plan as a whole\n\n");
            AppendFindings(sb, plan.PlanFindings, "");
            blocks.Add((sb.Append('\n').ToString(), plan.PlanFindings.Count));
        }

        const string label = "Recommendation";
        foreach (var rec in plan.Recommendations)
        {
            int findings = rec.AllFindings.Count();
            if (findings == 0) continue;
            var sb = new StringBuilder("#### ").Append(label).Append(' ').Append(RecId(rec.Concern.Id)).Append(" — level ").Append(Level(rec.Level)).Append("\n\n");
            if (rec.Concern.Agreement is { } agreement)
                sb.Append("Status: ").Append(agreement.LabelName()).Append("\n\n");
            AppendFindings(sb, rec.Findings, "");
            foreach (var action in rec.Actions.Where(a => a.Findings.Count > 0))
            {
                sb.Append("- Action ").Append(action.Action.Index.ToString(CultureInfo.InvariantCulture));
                if (!redact && !string.IsNullOrWhiteSpace(action.Action.Text))
                    sb.Append(": “").Append(MarkdownText.Inline(OpeningWords.Of(action.Action.Text))).Append('”');
                sb.Append('\n');
                AppendFindings(sb, action.Findings, "  ");
            }

            blocks.Add((sb.Append('\n').ToString(), findings));
        }

        if (plan.ReadingFindings.Count > 0)
        {
            var sb = new StringBuilder("#### Reading the document\n\nWhat PlanLint could not tell from the file itself; these do not count towards the plan's level.\n\n");
            AppendFindings(sb, plan.ReadingFindings, "");
            blocks.Add((sb.Append('\n').ToString(), plan.ReadingFindings.Count));
        }

        return blocks;
    }

    private void AppendFindings(StringBuilder sb, IEnumerable<Diagnostic> findings, string indent)
    {
        foreach (var d in findings)
        {
            sb.Append(indent).Append("- ");
            if (d.IsSuppressed) sb.Append("~~");
            sb.Append("**").Append(Symbol(d.Severity)).Append(' ').Append(Capitalised(d.Severity.ToName())).Append("**");
            if (d.IsSuppressed) sb.Append("~~ (suppressed");
            if (d.Suppression is { } s)
                sb.Append(": ").Append(redact ? PlanTextRedaction.Withheld : MarkdownText.Inline(s.Justification)).Append(')');
            sb.Append(' ');
            sb.Append(Uri.TryCreate(d.Descriptor.HelpUri, UriKind.Absolute, out var help) && help.Scheme is "https" or "http"
                ? $"[{MarkdownText.Inline(d.Id)}]({help.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)})"
                : MarkdownText.Inline(d.Id));
            if (d.BaselineState == BaselineState.Unchanged) sb.Append(" (in the baseline)");
            sb.Append(' ').Append(MarkdownText.Inline(redact ? PlanTextRedaction.MessageOf(d) : d.Message));
            if (!d.Location.HasLine && d.Location.Part is { } part) sb.Append(" \\[").Append(MarkdownText.Inline(part)).Append("\\]");
            else if (d.Location.HasLine) sb.Append(" (line ").Append(d.Location.Line.ToString(CultureInfo.InvariantCulture)).Append(')');
            sb.Append('\n');
        }
    }

    private string RecId(string id) => redact && !PlanTextRedaction.IsIdLike(id) ? PlanTextRedaction.Withheld : MarkdownText.Inline(id);

    private static string SeverityCounts(IReadOnlyCollection<Diagnostic> counted) =>
        string.Join(", ",
            Count(counted.Count(d => d.Severity == Severity.Error), "error"),
            Count(counted.Count(d => d.Severity == Severity.Warning), "warning"),
            Count(counted.Count(d => d.Severity == Severity.Note), "note"));

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Count(int n, string singular) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : singular + "s");
}
