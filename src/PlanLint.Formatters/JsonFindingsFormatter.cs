using System.Text.Json;
using PlanLint.Diagnostics;

namespace PlanLint.Formatters;

/// <summary>
/// <c>--format json</c>: a plain array of findings for scripts, one object per finding with the same keys
/// every time (null where a value does not apply). The contract is documented in docs/output.md.
/// </summary>
public sealed class JsonFindingsFormatter : IReportFormatter
{
    public string Name => "json";

    public void Write(LintReport report, Stream stream)
    {
        var paths = new ReportPaths(report.RootDirectory);
        using var writer = new Utf8JsonWriter(stream, ReportJson.WriterOptions);
        writer.WriteStartArray();
        foreach (var file in report.Files)
        {
            foreach (var d in file.Diagnostics)
                WriteFinding(writer, paths, d, report.RedactPlanText);
        }

        writer.WriteEndArray();
        writer.Flush();
        stream.Write("\n"u8);
    }

    private static void WriteFinding(Utf8JsonWriter writer, ReportPaths paths, Diagnostic d, bool redact)
    {
        var at = d.Location;
        writer.WriteStartObject();
        writer.WriteText("file", paths.Display(at.Path));
        writer.WriteNumberOrNull("line", at.HasLine ? at.Line : null);
        writer.WriteNumberOrNull("column", at.HasLine && at.Column > 0 ? at.Column : null);
        writer.WriteNumberOrNull("endLine", at.HasLine && at.EndLine > 0 ? at.EndLine : null);
        writer.WriteNumberOrNull("endColumn", at.HasLine && at.EndLine > 0 && at.EndColumn > 0 ? at.EndColumn : null);
        writer.WriteString("severity", d.Severity.ToName());
        writer.WriteText("ruleId", d.Id);
        writer.WriteText("ruleName", d.Descriptor.Name);
        writer.WriteString("category", d.Descriptor.Category.ToDisplayName());
        writer.WriteText("message", redact ? PlanTextRedaction.MessageOf(d) : d.Message);
        writer.WriteTextOrNull("recId", d.RecId);
        writer.WriteNumberOrNull("actionIndex", d.ActionIndex);
        writer.WriteTextOrNull("pointer", at.Pointer);
        writer.WriteTextOrNull("part", at.Part);
        writer.WriteBoolean("inferred", d.OnInferredValue);
        writer.WriteString("fingerprint", FindingFingerprint.Compute(d));
        writer.WriteBoolean("suppressed", d.IsSuppressed);
        writer.WriteTextOrNull("justification", redact && d.Suppression is not null ? PlanTextRedaction.Withheld : d.Suppression?.Justification);
        writer.WriteEndObject();
    }
}
