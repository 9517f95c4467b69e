using System.Globalization;
using PlanLint.Diagnostics;
using PlanLint.Text;

namespace PlanLint.Formatters;

/// <summary>Totals for the closing summary line.</summary>
public sealed record RunSummary(int Files, int Errors, int Warnings, int Notes, int Suppressed = 0);

/// <summary>
/// Writes findings for people, one per line in the MSBuild/Roslyn canonical format that editors' problem
/// matchers parse: <c>file(line,col): error PL1001: message</c>. Notes print as "info", as Roslyn does,
/// so matchers such as VS Code's $msCompile pick them up.
/// </summary>
public sealed class ConsoleFormatter(TextWriter writer, bool color) : IConsoleView
{
    private const string Red = "\u001b[31m", Yellow = "\u001b[33m", Cyan = "\u001b[36m", Dim = "\u001b[2m", Bold = "\u001b[1m", Reset = "\u001b[0m";

    public static string Format(Diagnostic d) => FormatCore(d, color: false);

    public void Write(Diagnostic shown) => writer.WriteLine(FormatCore(shown, color));

    /// <summary>Canonical lines stand alone: nothing is written at the end of a file.</summary>
    public void EndFile(string displayPath, Model.ActionPlan? plan)
    {
    }

    public void WriteSummary(RunSummary summary)
    {
        string files = Quantity.Of(summary.Files, "file");
        var parts = new List<string>
        {
            Quantity.Of(summary.Errors, "error"),
            Quantity.Of(summary.Warnings, "warning"),
            Quantity.Of(summary.Notes, "note"),
        };
        if (summary.Suppressed > 0) parts.Add($"{summary.Suppressed.ToString(CultureInfo.InvariantCulture)} suppressed");
        string text = $"Checked {files}: {string.Join(", ", parts)}.";
        if (color)
            text = (summary.Errors > 0 ? Red : summary.Warnings > 0 ? Yellow : "\u001b[32m") + Bold + text + Reset;
        writer.WriteLine(text);
    }

    private static string FormatCore(Diagnostic d, bool color)
    {
        string where = d.Location.HasLine
            ? string.Create(CultureInfo.InvariantCulture, $"{TerminalText.Escape(d.Location.Path)}({d.Location.Line},{Math.Max(1, d.Location.Column)})")
            : TerminalText.Escape(d.Location.Path);
        string severity = d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        // The last guard on a line's length: rules quote excerpts, and no message, however made, becomes a megabyte line.
        string message = TerminalText.Escape(Excerpt.Of(d.Message, Excerpt.MessageLength));
        if (!d.Location.HasLine && d.Location.Part is { } part)
            message += $" [{TerminalText.Escape(part)}]";
        if (d.Suppression is { } s)
            message += $" (suppressed: {TerminalText.Escape(Excerpt.Of(s.Justification, Excerpt.ArgumentLength))})";

        if (!color)
            return $"{where}: {severity} {d.Id}: {message}";

        string tint = d.Severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };
        string line = $"{Bold}{where}{Reset}: {tint}{severity} {d.Id}{Reset}: {message}";
        return d.IsSuppressed ? $"{Dim}{line.Replace(Reset, Reset + Dim, StringComparison.Ordinal)}{Reset}" : line;
    }
}
