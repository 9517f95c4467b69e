using System.Globalization;
using PlanLint.Diagnostics;
using PlanLint.Formatters.Review;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Formatters;

/// <summary>
/// The console for a person at a terminal: findings grouped by file, recommendation and action, each action named by
/// its opening words so it can be found in the document, reading problems apart, and a summary by category. The
/// canonical lines (<see cref="ConsoleFormatter"/>) stay what editors, CI and hooks get.
/// </summary>
public sealed class GroupedConsoleFormatter(TextWriter writer, bool color) : IConsoleView
{
    private const string Red = "\u001b[31m", Yellow = "\u001b[33m", Cyan = "\u001b[36m", Dim = "\u001b[2m", Bold = "\u001b[1m", Reset = "\u001b[0m";

    private readonly List<Diagnostic> current = [];
    private readonly Dictionary<RuleCategory, int[]> byCategory = [];
    private bool anyFile;

    public void Write(Diagnostic shown) => current.Add(shown);

    public void EndFile(string displayPath, ActionPlan? plan)
    {
        var review = PlanReviews.Of(new ReportedFile(displayPath, [.. current]) { Plan = plan }, displayPath);
        foreach (var d in current.Where(d => d.CountsTowardsExitCode))
        {
            var category = PlanReviews.IsReading(d) ? RuleCategory.Reading : d.Descriptor.Category;
            if (!byCategory.TryGetValue(category, out var counts)) byCategory[category] = counts = new int[4];
            counts[(int)d.Severity]++;
        }

        current.Clear();
        if (!review.AllFindings.Any()) return;
        if (anyFile) writer.WriteLine();
        anyFile = true;
        WriteFile(review, plan);
    }

    public void WriteSummary(RunSummary summary)
    {
        if (byCategory.Count > 0)
        {
            if (anyFile) writer.WriteLine();
            writer.WriteLine(Style(Bold, "By category:"));
            var order = Scorecard.Categories.Append(RuleCategory.Reading).ToList();
            int width = byCategory.Keys.Max(c => c.ToDisplayName().Length);
            foreach (var (category, counts) in byCategory.OrderBy(c => order.IndexOf(c.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(c => c.Key))
                writer.WriteLine($"  {category.ToDisplayName().PadRight(width)}  {Counts(counts)}");
        }

        new ConsoleFormatter(writer, color).WriteSummary(summary);
    }

    private void WriteFile(PlanReview review, ActionPlan? plan)
    {
        string heading = TerminalText.Escape(review.DisplayPath);
        if (plan?.Establishment is { Length: > 0 } establishment)
            heading += " \u2014 " + TerminalText.Escape(OpeningWords.Of(establishment, 12, 80));
        if (plan is not null)
            heading += $": level {review.Level.Value} ({review.Level.Name})";
        writer.WriteLine(Style(Bold, heading));

        if (review.PlanFindings.Count > 0)
        {
            writer.WriteLine("  The plan as a whole");
            WriteFindings(review.PlanFindings, "    ");
        }

        const string label = "Recommendation";
        foreach (var rec in review.Recommendations.Where(r => r.AllFindings.Any()))
        {
            writer.WriteLine(Style(Bold, $"  {label} {TerminalText.Escape(rec.Concern.Id)}") + Style(Dim, $" (level {rec.Level.Value}, {rec.Level.Name})"));
            WriteFindings(rec.Findings, "    ");
            foreach (var action in rec.Actions.Where(a => a.Findings.Count > 0))
            {
                string quote = string.IsNullOrWhiteSpace(action.Action.Text) ? "(no text)" : $"\u201c{TerminalText.Escape(OpeningWords.Of(action.Action.Text))}\u201d";
                writer.WriteLine($"    Action {action.Action.Index.ToString(CultureInfo.InvariantCulture)} {quote}");
                WriteFindings(action.Findings, "      ");
            }
        }

        if (review.ReadingFindings.Count > 0)
        {
            writer.WriteLine("  Reading the document (about the file, not the plan)");
            WriteFindings(review.ReadingFindings, "    ");
        }
    }

    private void WriteFindings(IEnumerable<Diagnostic> findings, string indent)
    {
        foreach (var d in findings)
        {
            string severity = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
            string tint = d.Severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };
            string place = d.Location.HasLine
                ? string.Create(CultureInfo.InvariantCulture, $"line {d.Location.Line}")
                : d.Location.Part is { } part ? TerminalText.Escape(part) : "";
            string text = $"{indent}{Style(tint, $"{severity,-7} {d.Id}")} {TerminalText.Escape(d.Message)}";
            if (d.Suppression is { } s) text += $" (suppressed: {TerminalText.Escape(s.Justification)})";
            if (d.BaselineState == BaselineState.Unchanged) text += " (in the baseline)";
            if (place.Length > 0) text += Style(Dim, $"  [{place}]");
            writer.WriteLine(d.IsSuppressed && color ? Dim + text.Replace(Reset, Reset + Dim, StringComparison.Ordinal) + Reset : text);
        }
    }

    private static string Counts(int[] counts) => string.Join(", ", new[]
    {
        counts[(int)Severity.Error] > 0 ? Quantity.Of(counts[(int)Severity.Error], "error") : null,
        counts[(int)Severity.Warning] > 0 ? Quantity.Of(counts[(int)Severity.Warning], "warning") : null,
        counts[(int)Severity.Note] > 0 ? Quantity.Of(counts[(int)Severity.Note], "note") : null,
    }.OfType<string>());

    private string Style(string code, string text) => color ? code + text + Reset : text;
}
