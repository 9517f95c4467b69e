using PlanLint.IO;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanLint.Diagnostics;
using PlanLint.Formatters;
using PlanLint.Suppressions;
using PlanLint.Configuration;
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
            return Fail($"--rule \"{options.Rule}\" is not a rule id; rule ids look like PL2002.");
        if (string.IsNullOrWhiteSpace(options.Justification))
            return Fail("--justification must say why the finding is acceptable.");
        if (options.Action is not null && options.Recommendation is null)
            return Fail("--action needs --recommendation.");
        if (Unsuppressible.TryGetValue(options.Rule, out var why))
            return Fail($"findings of {options.Rule} ({RuleIds.NameOf(options.Rule)}) cannot be suppressed: {why}.");

        string planPath = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Plan));
        IReadOnlyList<RuleDescriptor> descriptors;
        try
        {
            descriptors = LintSetup.ForFiles(linter, [planPath], options.Configuration with { WorkingDirectory = options.WorkingDirectory }).Descriptors;
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfiguredRun.Describe(e, options.WorkingDirectory));
            return ExitCodes.Usage;
        }

        if (descriptors.All(d => d.Id != options.Rule) && RuleIds.NameOf(options.Rule) is null)
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
                return Fail($"{options.Plan} has no recommendation \"{recId}\".");
            string text = concern.Text;
            target = $"recommendation {recId}";
            entry["recommendation"] = recId;
            if (options.Action is { } index)
            {
                var action = concern.Actions.FirstOrDefault(a => a.Index == index);
                if (action is null)
                    return Fail($"Recommendation {recId} of {options.Plan} has {concern.Actions.Count} action(s), not {index}.");
                text = action.Text;
                target = string.Create(CultureInfo.InvariantCulture, $"action {index} of recommendation {recId}");
                entry["action"] = index;
            }

            entry["textFingerprint"] = FindingFingerprint.OfText(text);
        }

        entry["justification"] = options.Justification.Trim();

        string sideFile = SuppressionSideFile.PathFor(planPath);
        JsonObject document;
        if (File.Exists(sideFile))
        {
            byte[] existing = File.ReadAllBytes(sideFile);
            var parsed = SuppressionSideFile.Parse(sideFile, existing);
            if (parsed.Problems.FirstOrDefault() is { } problem)
                return Fail($"{problem.Location}: {problem.Message}");
            document = JsonNode.Parse(existing, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
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

        var list = document["suppressions"]!.AsArray();
        // The same rule on the same node replaces the earlier entry rather than piling up beside it.
        foreach (var old in list.Where(e => SameTarget(e!.AsObject(), entry)).ToList())
            list.Remove(old);
        list.Add((JsonNode)entry);

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            document.WriteTo(writer);
        string json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        try
        {
            AtomicFile.WriteAllText(sideFile, json.ReplaceLineEndings("\n") + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"{Path.GetFileName(sideFile)} could not be written: {e.Message}");
        }

        output.WriteLine($"Suppressed {options.Rule} on {target} in {TerminalText.Escape(Path.GetFileName(sideFile))}.");
        return ExitCodes.Success;
    }

    /// <summary><c>planlint suppress --upgrade</c>: the side file's entries carried over to how the plan is read now.</summary>
    private int Upgrade(SuppressOptions options, TextWriter output, Func<string, int> fail)
    {
        string planPath = Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.Plan));
        string sideFile = SuppressionSideFile.PathFor(planPath);
        if (!File.Exists(sideFile))
            return fail($"{options.Plan} has no suppression side file ({Path.GetFileName(sideFile)}) to upgrade.");
        byte[] existing = File.ReadAllBytes(sideFile);
        if (SuppressionSideFile.Parse(sideFile, existing).Problems.FirstOrDefault() is { } problem)
            return fail($"{problem.Location}: {problem.Message}");
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
            return fail(ConfiguredRun.Describe(e, options.WorkingDirectory));
        }

        var document = JsonNode.Parse(existing, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        var upgrade = Migration.SuppressionUpgrade.Apply(document["suppressions"]!.AsArray(), plan, setup.Linter.Engine.Analyze(plan, setup.OptionsFor(planPath)));
        foreach (string line in upgrade.Describe())
            output.WriteLine(TerminalText.Escape(line));
        string name = TerminalText.Escape(Path.GetFileName(sideFile));
        if (upgrade.Changed == 0)
        {
            output.WriteLine($"{name}: nothing to upgrade{(upgrade.Unmatched > 0 ? $"; {Quantity.Of(upgrade.Unmatched, "entry")} matching nothing left as it was" : "")}.");
            return ExitCodes.Success;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            document.WriteTo(writer);
        string backup;
        try
        {
            backup = Migration.Backups.KeepCopy(sideFile);
            AtomicFile.WriteAllText(sideFile, Encoding.UTF8.GetString(buffer.WrittenSpan).ReplaceLineEndings("\n") + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return fail($"{Path.GetFileName(sideFile)} could not be upgraded: {e.Message}");
        }

        output.WriteLine($"Upgraded {name}: {Quantity.Of(upgrade.Changed, "entry")} carried over, {Quantity.Of(upgrade.Unmatched, "entry")} matching nothing left for you to decide; the file as it was is kept as {TerminalText.Escape(Path.GetFileName(backup))}.");
        return ExitCodes.Success;
    }

    private static bool SameTarget(JsonObject a, JsonObject b) =>
        new[] { "rule", "recommendation", "action", "textFingerprint" }.All(k => JsonNode.DeepEquals(a[k], b[k]));

    [GeneratedRegex("^[A-Z][A-Z0-9]*[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}
