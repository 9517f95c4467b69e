using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.IO;
using PlanLint.Model;
using PlanLint.Suppressions;
using PlanLint.Text;

namespace PlanLint.Linting;

/// <summary>Everything <c>planlint suppress</c> was asked to do.</summary>
public sealed record SuppressOptions
{
    public required string Plan { get; init; }

    /// <summary>The rule to suppress; empty only with <see cref="Upgrade"/>.</summary>
    public string Rule { get; init; } = "";

    /// <summary>Why the finding is acceptable; empty only with <see cref="Upgrade"/>.</summary>
    public string Justification { get; init; } = "";

    /// <summary>
    /// <c>--upgrade</c>: rather than add an entry, carry the side file's entries over to how the plan is read now
    /// (<see cref="Migration.SuppressionUpgrade"/>), keeping a copy of the file as it was.
    /// </summary>
    public bool Upgrade { get; init; }
    public string? Recommendation { get; init; }
    public int? Action { get; init; }
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>--config and --rule: which rule packs' ids are known, as for <c>check</c>.</summary>
    public ConfigurationRequest Configuration { get; init; } = new();
}

/// <summary>
/// <c>planlint suppress</c>: adds an entry to a plan's suppression side file, with the fingerprint of the action's
/// (or recommendation's) current text, for formats such as Word that cannot hold suppress properties.
/// </summary>
public sealed partial class SuppressionWriter(PlanLinter linter)
{
    /// <summary>Why findings of PlanLint's own rules cannot be suppressed, by rule id.</summary>
    public static IReadOnlyDictionary<string, string> Unsuppressible { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RuleIds.InvalidPlan] = "a file that cannot be read as a plan is never acceptable; fix the file",
        [RuleIds.SuppressionWithoutJustification] = "it is about a suppression itself; write the justification",
        [RuleIds.UnusedSuppression] = "it is about a suppression itself; remove the suppression, or turn PL0008 off in planlint.json",
        [RuleIds.AnalyzerFailure] = "a rule that failed is a bug in PlanLint or a rule pack, not a finding about the plan; report it",
    };

    public int Run(SuppressOptions options, TextWriter output, TextWriter error)
    {
        int Fail(string message)
        {
            error.WriteLine("planlint: " + TerminalText.Escape(message));
            return ExitCodes.Usage;
        }

        if (options.Upgrade)
            return Upgrade(options, output, Fail);

        if (!RuleIdPattern().IsMatch(options.Rule))
            return Fail($"--rule \"{Excerpt.Of(options.Rule)}\" is not a rule id; rule ids look like PL2002.");
        if (string.IsNullOrWhiteSpace(options.Justification))
            return Fail("--justification must say why the finding is acceptable.");
        if (options.Action is not null && options.Recommendation is null)
            return Fail("--action needs --recommendation.");
        if (Unsuppressible.TryGetValue(options.Rule, out var why))
            return Fail($"findings of {options.Rule} ({EngineDiagnostics.All.Single(d => d.Id == options.Rule).Name}) cannot be suppressed: {why}.");

        using var inputs = InputLedger.Begin();
        string planPath = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Plan));
        IReadOnlyList<RuleDescriptor> descriptors;
        try
        {
            descriptors = LintSetup.ForFiles(linter, [planPath], options.Configuration with { WorkingDirectory = options.WorkingDirectory }).Descriptors;
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfigurationProblem.Describe(e, options.WorkingDirectory));
            return ExitCodes.Usage;
        }

        if (descriptors.All(d => d.Id != options.Rule))
        {
            string? near = Spelling.Nearest(options.Rule, descriptors.Select(d => d.Id));
            return Fail($"no rule has the id {options.Rule}{(near is null ? "." : $"; did you mean {near}?")} 'planlint rules' lists them all.");
        }

        var read = linter.Readers.ReadFile(planPath);
        if (read.Plan is null)
            return Fail($"{options.Plan}: {read.Diagnostics.FirstOrDefault()?.Message ?? "the plan could not be read."}");

        var entry = new JsonObject { ["rule"] = options.Rule };
        string target = "the plan";
        if (options.Recommendation is { } recId)
        {
            var concern = read.Plan.Concerns.FirstOrDefault(c => c.Id == recId);
            if (concern is null)
                return Fail($"{options.Plan} has no recommendation \"{Excerpt.Of(recId)}\".");
            string text = concern.Text;
            target = $"recommendation {recId}";
            entry["recommendation"] = recId;
            if (options.Action is { } index)
            {
                var action = concern.Actions.FirstOrDefault(a => a.Index == index);
                if (action is null)
                    return Fail($"Recommendation {recId} of {options.Plan} has {concern.Actions.Count} action(s), not {index}.");
                text = action.Text;
                target = ActionNames.InRecommendation(index, recId);
                entry["action"] = index;
            }

            entry["textFingerprint"] = FindingFingerprint.OfText(text);
        }

        entry["justification"] = options.Justification.Trim();

        string sideFile = SuppressionSideFile.PathFor(planPath);
        // Read afresh and rewritten under a lock: concurrent runs on one plan each add their entry, none is lost.
        if (!LockedFile.TryUpdate(sideFile, "suppression side file", InputFile.DefaultMaxBytes, current => AddEntry(sideFile, current, entry), out var problem))
            return Fail($"{Path.GetFileName(sideFile)}: {problem}");

        output.WriteLine(TerminalText.Escape($"Suppressed {options.Rule} on {Excerpt.Of(target)} in {Path.GetFileName(sideFile)}."));
        return ExitCodes.Success;
    }

    /// <summary>The side file with the entry added (replacing an entry for the same rule and node); a refusal when the file is broken.</summary>
    private static FileUpdate AddEntry(string sideFile, ReadOnlyMemory<byte>? current, JsonObject entry)
    {
        JsonObject document;
        if (current is { } existing)
        {
            var parsed = SuppressionSideFile.Parse(sideFile, existing);
            if (parsed.Problems.FirstOrDefault() is { } problem)
                return FileUpdate.Refuse($"{problem.Location}: {problem.Message}");
            if (JsonNode.Parse(existing.Span, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is not JsonObject read)
                return FileUpdate.Refuse("the side file does not hold a JSON object.");
            document = read;
        }
        else
        {
            document = new JsonObject
            {
                // A copy of the schema on disk (as init and import write) resolves offline; the published URL otherwise.
                ["$schema"] = Schemas.FindCopy(Schemas.Suppressions, Path.GetDirectoryName(sideFile)!) is { } copy
                    ? Schemas.Reference(Path.GetDirectoryName(sideFile)!, copy)
                    : Schemas.Suppressions.Url,
                ["suppressions"] = new JsonArray(),
            };
        }

        if (document["suppressions"] is not JsonArray list)
            return FileUpdate.Refuse("the side file has no \"suppressions\" list.");
        // The same rule on the same node replaces the earlier entry rather than piling up beside it.
        foreach (var old in list.OfType<JsonObject>().Where(e => SameTarget(e, entry)).ToList())
            list.Remove(old);
        list.Add((JsonNode)entry.DeepClone());

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            document.WriteTo(writer);
        string json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return FileUpdate.Write(Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n"));
    }

    /// <summary>
    /// <c>planlint suppress --upgrade</c>: the side file's entries carried over to how the plan is read now. The side file
    /// is read and rewritten under its lock, as an added entry is; the file as it was is written beside it first, under a
    /// name not yet taken, so nothing the user had is lost.
    /// </summary>
    private int Upgrade(SuppressOptions options, TextWriter output, Func<string, int> fail)
    {
        string planPath = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Plan));
        string sideFile = SuppressionSideFile.PathFor(planPath);
        string noSideFile = $"{options.Plan} has no suppression side file ({Path.GetFileName(sideFile)}) to upgrade.";
        if (FileStatus.Of(sideFile).Kind == FileKind.Missing)
            return fail(noSideFile);
        var read = linter.Readers.ReadFile(planPath);
        if (read.Plan is not { } plan)
            return fail($"{options.Plan}: {read.Diagnostics.FirstOrDefault()?.Message ?? "the plan could not be read."}");

        LintSetup setup;
        try
        {
            setup = LintSetup.ForFiles(linter, [planPath], options.Configuration with { WorkingDirectory = options.WorkingDirectory });
        }
        catch (ConfigurationException e)
        {
            return fail(ConfigurationProblem.Describe(e, options.WorkingDirectory));
        }

        var findings = setup.Linter.Engine.Analyze(plan, setup.OptionsFor(planPath));
        Migration.SuppressionUpgrade? upgrade = null;
        string? backup = null;
        FileUpdate Change(ReadOnlyMemory<byte>? current)
        {
            if (current is not { } existing)
                return FileUpdate.Refuse(noSideFile);
            if (SuppressionSideFile.Parse(sideFile, existing).Problems.FirstOrDefault() is { } problem)
                return FileUpdate.Refuse($"{problem.Location}: {problem.Message}");
            if (JsonNode.Parse(existing.Span, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is not JsonObject document
                || document["suppressions"] is not JsonArray entries)
                return FileUpdate.Refuse("the side file has no \"suppressions\" list.");

            upgrade = Migration.SuppressionUpgrade.Apply(entries, plan, findings);
            if (upgrade.Changed == 0)
                return new FileUpdate(null, null);

            backup = Migration.Backups.FreeName(sideFile);
            var refused = new StringWriter();
            if (!OutputTarget.TryResolve(backup, options.WorkingDirectory, out var copy, out var unusable)
                || !OutputWriter.WriteOne(copy, "copy of the side file as it was", stream => stream.Write(existing.Span), TextWriter.Null, refused))
                return FileUpdate.Refuse(unusable ?? refused.ToString().Trim().Replace("planlint: ", "", StringComparison.Ordinal));

            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                document.WriteTo(writer);
            return FileUpdate.Write(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(buffer.WrittenSpan).ReplaceLineEndings("\n") + "\n"));
        }

        if (!LockedFile.TryUpdate(sideFile, "suppression side file", InputFile.DefaultMaxBytes, Change, out var failed) || upgrade is null)
            return fail($"{Path.GetFileName(sideFile)}: {failed ?? "it could not be read."}");

        foreach (string line in upgrade.Describe())
            output.WriteLine(TerminalText.Escape(line));
        string name = TerminalText.Escape(Path.GetFileName(sideFile));
        if (upgrade.Changed == 0)
        {
            output.WriteLine($"{name}: nothing to upgrade{(upgrade.Unmatched > 0 ? $"; {Quantity.Of(upgrade.Unmatched, "entry")} matching nothing left as it was" : "")}.");
            return ExitCodes.Success;
        }

        output.WriteLine($"Upgraded {name}: {Quantity.Of(upgrade.Changed, "entry")} carried over, {Quantity.Of(upgrade.Unmatched, "entry")} matching nothing left for you to decide; the file as it was is kept as {TerminalText.Escape(Path.GetFileName(backup ?? ""))}.");
        return ExitCodes.Success;
    }

    private static bool SameTarget(JsonObject a, JsonObject b) =>
        new[] { "rule", "recommendation", "action", "textFingerprint" }.All(k => JsonNode.DeepEquals(a[k], b[k]));

    [GeneratedRegex("^[A-Z][A-Z0-9]*[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}
