using System.Text.Encodings.Web;
using System.Text.Json;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.IO;
using PlanLint.Json;
using PlanLint.Model;

namespace PlanLint.Linting.Baselines;

/// <summary>One accepted finding: matched by file and fingerprint; the rest is for people reading the file.</summary>
public sealed record BaselineEntry(string Rule, string File, string Fingerprint, string? RecId, int? ActionIndex, Severity Severity, string Message);

/// <summary>
/// planlint.baseline.json: the findings accepted when PlanLint was adopted, recognised later by
/// <see cref="FindingFingerprint"/> (rule, file name, recommendation, words of the text), never by line numbers.
/// File paths are relative to the baseline's folder, so the baseline works from any working directory.
/// </summary>
public sealed class Baseline
{
    public const string DefaultFileName = "planlint.baseline.json";

    private static readonly Lazy<SchemaCheck> Schema = new(() =>
        SchemaCheck.FromResource(typeof(ConfigFileReader).Assembly, "planlint-baseline.schema.json", "baseline schema"));

    public Baseline(IEnumerable<BaselineEntry> entries) =>
        Entries = [.. entries.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)];

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The findings of a run that count (not suppressed), keyed to files relative to <paramref name="baselineFolder"/>.</summary>
    public static Baseline From(IEnumerable<FileResult> results, string baselineFolder) =>
        new(results.SelectMany(r => r.Diagnostics
            .Where(d => d.Severity != Severity.None && !d.IsSuppressed)
            .Select(d => new BaselineEntry(d.Id, RelativeFile(baselineFolder, r.Path), FindingFingerprint.Compute(d), d.RecId, d.ActionIndex, d.Severity, d.Message))));

    public static string RelativeFile(string baselineFolder, string planPath) =>
        Path.GetRelativePath(baselineFolder, Path.GetFullPath(planPath)).Replace('\\', '/');

    /// <exception cref="ConfigurationException">The file is missing, not JSON, or does not match the baseline schema.</exception>
    public static Baseline Read(string path)
    {
        if (FileStatus.Of(path).Kind == FileKind.Missing)
            throw new ConfigurationException("The baseline file does not exist; write one with `planlint baseline`.", SourceLocation.File(path));
        var source = ConfigurationFiles.ReadJson(path, "baseline", Schema.Value, p => p.Length == 0 ? "the baseline" : SchemaCheck.DescribeAsPath(p));

        return new Baseline(source.Root.GetProperty("findings").EnumerateArray().Select(f => new BaselineEntry(
            f.GetProperty("rule").GetString()!,
            f.GetProperty("file").GetString()!,
            f.GetProperty("fingerprint").GetString()!,
            f.TryGetProperty("recommendation", out var rec) ? rec.GetString() : null,
            f.TryGetProperty("action", out var action) && action.TryGetInt32(out int index) ? index : null,
            f.TryGetProperty("severity", out var severity) && SeverityNames.TryParse(severity.GetString(), out var s) ? s : Severity.Warning,
            f.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "")));
    }

    /// <summary>Writes the baseline sorted, with "\n" line endings, so it diffs cleanly in review.</summary>
    public void WriteTo(Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://planlint.github.io/schema/planlint-baseline.schema.json");
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("findings");
            foreach (var e in Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", e.Rule);
                writer.WriteString("file", e.File);
                writer.WriteString("fingerprint", e.Fingerprint);
                if (e.RecId is not null) writer.WriteString("recommendation", e.RecId);
                if (e.ActionIndex is { } index) writer.WriteNumber("action", index);
                writer.WriteString("severity", e.Severity.ToName());
                writer.WriteString("message", e.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
