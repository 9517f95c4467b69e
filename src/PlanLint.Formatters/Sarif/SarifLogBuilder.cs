using System.Globalization;
using System.Text.Json;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Formatters.Sarif;

/// <summary>
/// Writes one SARIF 2.1.0 log for a <see cref="LintReport"/> with <see cref="Utf8JsonWriter"/> (no reflection).
/// Decides what goes where: analyzer failures (PL9999) become tool execution notifications, not results;
/// results beyond GitHub's limits are left out and the run says so.
/// </summary>
internal sealed class SarifLogBuilder
{
    private readonly LintReport report;
    private readonly Func<string, string?> readSource;
    private readonly int maxRelatedLocations;
    private readonly ReportPaths paths;
    private readonly List<ReportedRule> rules = [];
    private readonly Dictionary<string, int> ruleIndexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> artifactIndexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>?> lineHashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> placeHashCounts = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> results;
    private readonly List<Diagnostic> analyzerFailures = [];
    private readonly int omittedResults;

    public SarifLogBuilder(LintReport report, Func<string, string?> readSource, int maxResults, int maxLocationsPerResult)
    {
        this.report = report;
        this.readSource = readSource;
        maxRelatedLocations = Math.Max(0, maxLocationsPerResult - 1);
        paths = new ReportPaths(report.RootDirectory);

        foreach (var file in report.Files)
            artifactIndexes.TryAdd(FullPath(file.Path), artifactIndexes.Count);

        var all = new List<Diagnostic>();
        foreach (var d in report.Files.SelectMany(f => f.Diagnostics))
        {
            if (d.Id == RuleIds.AnalyzerFailure) analyzerFailures.Add(d);
            // A baseline entry that no longer occurs is not a finding in any file: left out, so code scanning closes its alert.
            else if (d.BaselineState != BaselineState.Absent) all.Add(d);
        }

        foreach (var rule in report.Rules.Where(r => r.Descriptor.Id != RuleIds.AnalyzerFailure && r.Level != Severity.None))
            AddRule(rule);
        // A finding from a rule the report did not list (configured per file, say) still needs its rule for ruleIndex.
        foreach (var d in all)
            AddRule(new ReportedRule(d.Descriptor, d.Descriptor.DefaultSeverity));

        results = KeepWithinLimit(all, maxResults);
        omittedResults = all.Count - results.Count;
    }

    public void Write(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, ReportJson.WriterOptions);
        w.WriteStartObject();
        w.WriteString("$schema", SarifFormatter.SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w);
        WriteInvocation(w);
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(ReportPaths.RootBaseId);
        w.WriteText("uri", paths.RootUri);
        w.WriteEndObject();
        w.WriteEndObject();
        WriteArtifacts(w);
        w.WriteStartArray("results");
        foreach (var d in results)
            WriteResult(w, d);
        w.WriteEndArray();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.Write("\n"u8);
    }

    private void AddRule(ReportedRule rule)
    {
        if (ruleIndexes.TryAdd(rule.Descriptor.Id, rules.Count))
            rules.Add(rule);
    }

    /// <summary>Keeps the most important results (unsuppressed, then by severity) when there are too many, in their original order.</summary>
    private static List<Diagnostic> KeepWithinLimit(List<Diagnostic> all, int max)
    {
        if (all.Count <= max) return all;
        var keep = Enumerable.Range(0, all.Count)
            .OrderBy(i => all[i].IsSuppressed)
            .ThenByDescending(i => all[i].Severity)
            .ThenBy(i => i)
            .Take(max)
            .Order();
        return [.. keep.Select(i => all[i])];
    }

    private void WriteTool(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", PlanLintInfo.ToolName);
        w.WriteString("semanticVersion", PlanLintInfo.Version);
        w.WriteString("informationUri", PlanLintInfo.RepositoryUrl);
        w.WriteStartArray("rules");
        foreach (var rule in rules)
            WriteDescriptor(w, rule.Descriptor);
        w.WriteEndArray();
        // PL9999 describes a failure of PlanLint itself, so it is a notification, not a rule about the plan.
        w.WriteStartArray("notifications");
        WriteDescriptor(w, EngineDiagnostics.AnalyzerFailure);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDescriptor(Utf8JsonWriter w, RuleDescriptor d)
    {
        var help = RuleHelp.For(d);
        w.WriteStartObject();
        w.WriteText("id", d.Id);
        w.WriteText("name", d.Name);
        WriteMessage(w, "shortDescription", Sentence(d.Title));
        WriteMessage(w, "fullDescription", Sentence(d.Description));
        w.WriteStartObject("help");
        w.WriteText("text", help.Text);
        w.WriteText("markdown", help.Markdown);
        w.WriteEndObject();
        if (RuleDescriptor.IsSafeHelpUri(d.HelpUri)) w.WriteText("helpUri", d.HelpUri);
        w.WriteStartObject("defaultConfiguration");
        if (!d.EnabledByDefault) w.WriteBoolean("enabled", false);
        w.WriteString("level", d.DefaultSeverity.ToName());
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        w.WriteTextValue(d.Category.ToDisplayName());
        w.WriteEndArray();
        w.WriteString("precision", d.Precision.ToSarifName());
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter w)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteText("commandLine", CommandLine(report.Arguments));
        w.WriteStartArray("arguments");
        foreach (string argument in report.Arguments)
            w.WriteTextValue(argument);
        w.WriteEndArray();
        w.WriteString("startTimeUtc", Time(report.StartTimeUtc));
        w.WriteString("endTimeUtc", Time(report.EndTimeUtc));
        w.WriteBoolean("executionSuccessful", analyzerFailures.Count == 0);

        w.WriteStartArray("toolExecutionNotifications");
        foreach (var failure in analyzerFailures)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            WriteMessage(w, "message", Sentence(MessageOf(failure)));
            w.WriteStartArray("locations");
            WriteLocation(w, failure.Location, failure);
            w.WriteEndArray();
            w.WriteStartObject("descriptor");
            w.WriteText("id", failure.Id);
            w.WriteNumber("index", 0);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        if (omittedResults > 0)
        {
            w.WriteStartObject();
            w.WriteString("level", "warning");
            WriteMessage(w, "message", string.Create(CultureInfo.InvariantCulture,
                $"PlanLint found {omittedResults + results.Count:N0} results but this log holds only {results.Count:N0}, because GitHub code scanning rejects a run with more than {SarifFormatter.GitHubMaxResults:N0}. Suppressed findings and notes were left out first; lint fewer files per run to see them all."));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        var overridden = rules.Where(r => r.Level != r.Descriptor.DefaultSeverity || !r.Descriptor.EnabledByDefault).ToList();
        if (overridden.Count > 0)
        {
            w.WriteStartArray("ruleConfigurationOverrides");
            foreach (var rule in overridden)
            {
                w.WriteStartObject();
                w.WriteStartObject("descriptor");
                w.WriteText("id", rule.Descriptor.Id);
                w.WriteNumber("index", ruleIndexes[rule.Descriptor.Id]);
                w.WriteEndObject();
                w.WriteStartObject("configuration");
                if (!rule.Descriptor.EnabledByDefault) w.WriteBoolean("enabled", true);
                w.WriteString("level", rule.Level.ToName());
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private void WriteArtifacts(Utf8JsonWriter w)
    {
        w.WriteStartArray("artifacts");
        foreach (var file in report.Files.DistinctBy(f => FullPath(f.Path), StringComparer.Ordinal))
        {
            w.WriteStartObject();
            WriteArtifactLocation(w, "location", file.Path, withIndex: false);
            if (MimeType(file.Path) is { } mimeType) w.WriteString("mimeType", mimeType);
            w.WriteStartArray("roles");
            w.WriteStringValue("analysisTarget");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteResult(Utf8JsonWriter w, Diagnostic d)
    {
        var related = d.RelatedLocations.Take(maxRelatedLocations).ToList();
        int omittedRelated = d.RelatedLocations.Count - related.Count;

        w.WriteStartObject();
        w.WriteText("ruleId", d.Id);
        w.WriteNumber("ruleIndex", ruleIndexes[d.Id]);
        w.WriteString("level", d.Severity.ToName());
        WriteMessage(w, "message", MessageText(d, omittedRelated));
        if (d.BaselineState is { } state)
            w.WriteString("baselineState", state switch { BaselineState.New => "new", BaselineState.Unchanged => "unchanged", _ => "absent" });

        w.WriteStartArray("locations");
        WriteLocation(w, d.Location, d);
        w.WriteEndArray();

        if (related.Count > 0)
        {
            w.WriteStartArray("relatedLocations");
            for (int i = 0; i < related.Count; i++)
            {
                w.WriteStartObject();
                w.WriteNumber("id", i + 1);
                WritePhysicalLocation(w, related[i].Location);
                // GitHub rejects the whole file if a related location has no message.
                string relatedMessage = report.RedactPlanText ? PlanTextRedaction.Unformatted(related[i].Message, "Related location") : related[i].Message;
                WriteMessage(w, "message", Sentence(relatedMessage) is { Length: > 0 } text ? text : "Related location.");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (d.Suppression is { } suppression)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", suppression.Kind == "inSource" ? "inSource" : "external");
            w.WriteString("status", "accepted");
            w.WriteText("justification", report.RedactPlanText ? PlanTextRedaction.Withheld : suppression.Justification);
            if (!string.IsNullOrEmpty(suppression.Location.Path))
            {
                w.WriteStartObject("location");
                WritePhysicalLocation(w, suppression.Location);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndArray();
        }

        string fingerprint = FindingFingerprint.Compute(d);
        w.WriteStartObject("partialFingerprints");
        w.WriteString(SarifFormatter.LineHashKey, LineHash(d.Location) ?? PlaceHash(d.Location, fingerprint));
        w.WriteString(SarifFormatter.FingerprintKey, fingerprint);
        w.WriteEndObject();

        w.WriteStartObject("properties");
        if (d.RecId is { } recId) w.WriteText("recId", recId);
        if (d.ActionIndex is { } actionIndex) w.WriteNumber("actionIndex", actionIndex);
        if (d.Location.Pointer is { } pointer) w.WriteText("pointer", pointer);
        if (d.Location.Part is { } part) w.WriteText("part", part);
        // SARIF regions have no page; a PDF's page number is the region a reviewer can go to, so it is a property.
        if (d.Location.Place?.Page is { } page) w.WriteNumber("page", page);
        if (omittedRelated > 0) w.WriteNumber("relatedLocationsOmitted", omittedRelated);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A location object: where in the file, and which recommendation and action.</summary>
    private void WriteLocation(Utf8JsonWriter w, SourceLocation at, Diagnostic about)
    {
        w.WriteStartObject();
        WritePhysicalLocation(w, at);
        if (about.RecId is { } recId && about.LogicalName is { } qualified)
        {
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteText("name", about.ActionIndex is { } index ? string.Create(CultureInfo.InvariantCulture, $"action {index}") : $"rec {recId}");
            w.WriteText("fullyQualifiedName", qualified);
            w.WriteString("kind", about.ActionIndex is null ? "recommendation" : "action");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private void WritePhysicalLocation(Utf8JsonWriter w, SourceLocation at)
    {
        w.WriteStartObject("physicalLocation");
        WriteArtifactLocation(w, "artifactLocation", at.Path, withIndex: true);
        WriteRegion(w, at);
        w.WriteEndObject();
    }

    /// <summary>
    /// Every location has a region (GitHub rejects results without one, GH1003). Text formats give their line and
    /// column. A document without lines (Word) gives its structured place: the table row is the region's line and the
    /// table column its column (a paragraph outside a table is its line), and the region's message names the whole
    /// place ("table 1, row 5, column 4, paragraph 2"). A finding about the whole file covers all of it.
    /// </summary>
    private void WriteRegion(Utf8JsonWriter w, SourceLocation at)
    {
        w.WriteStartObject("region");
        if (at.HasLine)
        {
            w.WriteNumber("startLine", at.Line);
            if (at.Column > 0) w.WriteNumber("startColumn", at.Column);
            bool endKnown = at.EndLine > at.Line || (at.EndLine == at.Line && at.EndColumn > Math.Max(at.Column, 1));
            if (endKnown)
            {
                w.WriteNumber("endLine", at.EndLine);
                if (at.EndColumn > 0) w.WriteNumber("endColumn", at.EndColumn);
            }
        }
        else if (at.Place is { } place && (place.Row ?? place.Paragraph ?? place.Page) is { } line)
        {
            w.WriteNumber("startLine", line);
            if (place.Row is not null && place.Column is { } column) w.WriteNumber("startColumn", column);
            WriteMessage(w, "message", Sentence(Capitalised(place.ToString())));
        }
        else
        {
            w.WriteNumber("startLine", 1);
            if (LineCount(at.Path) is { } lines) w.WriteNumber("endLine", lines);
            WriteMessage(w, "message", IsText(at.Path) ? "The whole file." : "The whole document.");
        }

        w.WriteEndObject();
    }

    private void WriteArtifactLocation(Utf8JsonWriter w, string name, string path, bool withIndex)
    {
        var (uri, baseId) = paths.ArtifactUri(path);
        w.WriteStartObject(name);
        w.WriteText("uri", uri);
        if (baseId is not null) w.WriteString("uriBaseId", baseId);
        if (withIndex && artifactIndexes.TryGetValue(FullPath(path), out int index)) w.WriteNumber("index", index);
        w.WriteEndObject();
    }

    private string? LineHash(SourceLocation at)
    {
        if (!at.HasLine) return null;
        var hashes = LineHashes(at.Path);
        return hashes is not null && at.Line <= hashes.Count ? hashes[at.Line - 1] : null;
    }

    /// <summary>
    /// Where there is no line of text to hash (a Word document, a file that could not be read), the location hash is the
    /// finding's own fingerprint, numbered like GitHub's when it repeats in a file: stable across edits elsewhere, where
    /// GitHub's upload step would otherwise hash lines of the zipped document, which change whenever it is saved.
    /// </summary>
    private string PlaceHash(SourceLocation at, string fingerprint)
    {
        string key = FullPath(at.Path) + "\n" + fingerprint;
        int n = placeHashCounts.GetValueOrDefault(key) + 1;
        placeHashCounts[key] = n;
        return string.Create(CultureInfo.InvariantCulture, $"{fingerprint[..16]}:{n}");
    }

    private int? LineCount(string path) => LineHashes(path)?.Count is > 0 and var count ? count : null;

    /// <summary>The line hashes of a text file, read once; null for a document that is not text (Word) or cannot be read.</summary>
    private IReadOnlyList<string>? LineHashes(string path)
    {
        string full = FullPath(path);
        if (!lineHashes.TryGetValue(full, out var hashes))
        {
            hashes = IsText(full) && readSource(full) is { } text ? PrimaryLocationLineHash.Compute(text) : null;
            lineHashes[full] = hashes;
        }

        return hashes;
    }

    private static bool IsText(string path) => MimeType(path) is not { } mime || !mime.StartsWith("application/vnd.", StringComparison.Ordinal);

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private string FullPath(string path) => Path.GetFullPath(path, report.RootDirectory);

    private string MessageOf(Diagnostic d) => report.RedactPlanText ? PlanTextRedaction.MessageOf(d) : d.Message;

    private string MessageText(Diagnostic d, int omittedRelated)
    {
        string text = Sentence(MessageOf(d));
        if (!d.Location.HasLine && d.Location.Part is { } part)
            text += $" Location in the document: {Sentence(part)}";
        text = Excerpt.Of(text, Excerpt.MessageLength);
        if (omittedRelated > 0)
            text += string.Create(CultureInfo.InvariantCulture, $" {omittedRelated} further locations are not listed.");
        return text;
    }

    private static void WriteMessage(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteText("text", text);
        w.WriteEndObject();
    }

    /// <summary>SARIF messages are sentences: one line, ending in a full stop.</summary>
    private static string Sentence(string text)
    {
        string line = text.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 || line[^1] is '.' or '?' or '!' ? line : line + ".";
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string CommandLine(IReadOnlyList<string> arguments) =>
        string.Join(' ', new[] { "planlint" }.Concat(arguments.Select(Quote)));

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'')
            ? argument
            : "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string? MimeType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "application/json",
        ".yaml" or ".yml" => "application/yaml",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pdf" => "application/pdf",
        ".txt" => "text/plain",
        _ => null,
    };
}
