using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Diagnostics;
using PlanLint.Json;
using PlanLint.Model;

namespace PlanLint.Analysis.Hosting;

/// <summary>
/// What PlanLint and its pack host (planlint-pack-host, which runs one compiled rule pack in its own process) say to
/// each other: one JSON object per line, each way.
/// <list type="bullet">
/// <item>The host first says what the pack holds, <c>{"analyzers":[{"name":…,"rules":[descriptor,…]},…]}</c>, or why
/// it cannot load it, <c>{"refused":"…"}</c>.</item>
/// <item>Then, for each plan, PlanLint sends <c>{"path":…,"analyzers":[0,2],"options":{"ID":{…}},"plan":{…}}</c>: the
/// analyzers to run (by position), their rules' options, and the plan as canonical JSON without suppressions, each
/// concern carrying its source table rows as <c>"rows"</c>.</item>
/// <item>The host answers <c>{"results":[{"findings":[finding,…]} or {"failed":"Type: message"},…]}</c>, one per
/// analyzer asked for, in order. A finding names its places by JSON pointer into the plan it was given, which PlanLint
/// maps back to the places in the source.</item>
/// </list>
/// </summary>
internal static class PackProtocol
{
    /// <summary>The host's assembly name; it is shipped in a "pack-host" folder beside PlanLint.</summary>
    public const string HostName = "planlint-pack-host";

    public const string HostFolder = "pack-host";

    public static void WriteDescriptor(Utf8JsonWriter w, RuleDescriptor d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("title", d.Title);
        w.WriteString("messageFormat", d.MessageFormat);
        w.WriteString("category", d.Category.ToString());
        w.WriteString("defaultSeverity", d.DefaultSeverity.ToString());
        w.WriteBoolean("enabledByDefault", d.EnabledByDefault);
        w.WriteString("description", d.Description);
        w.WriteString("name", d.Name);
        w.WriteString("helpUri", d.HelpUri);
        w.WriteString("precision", d.Precision.ToString());
        if (d.Options.Count > 0)
        {
            w.WriteStartArray("options");
            foreach (var option in d.Options)
            {
                w.WriteStartObject();
                w.WriteString("name", option.Name);
                w.WriteString("description", option.Description);
                w.WriteString("type", option.TypeName);
                w.WriteString("default", option.DefaultJson);
                if (option.Allowed is { } allowed) w.WriteString("allowed", allowed);
                w.WritePropertyName("schema");
                option.ToSchema().WriteTo(w);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <exception cref="FormatException">The element is not a descriptor as <see cref="WriteDescriptor"/> writes it.</exception>
    public static RuleDescriptor ReadDescriptor(JsonElement e) =>
        new(
            Text(e, "id"),
            Text(e, "title"),
            Text(e, "messageFormat"),
            Enum.Parse<RuleCategory>(Text(e, "category")),
            Enum.Parse<Severity>(Text(e, "defaultSeverity")),
            Property(e, "enabledByDefault").GetBoolean(),
            Text(e, "description"),
            Text(e, "name"),
            Text(e, "helpUri"))
        {
            Precision = Enum.Parse<RulePrecision>(Text(e, "precision")),
            Options = e.TryGetProperty("options", out var options)
                ? [.. options.EnumerateArray().Select(o => new HostedRuleOption(
                    Text(o, "name"),
                    Text(o, "description"),
                    Text(o, "type"),
                    Text(o, "default"),
                    OptionalText(o, "allowed"),
                    JsonNode.Parse(Property(o, "schema").GetRawText())?.AsObject() ?? throw new FormatException("\"schema\" is null.")))]
                : [],
        };

    public static void WriteFinding(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("rule", d.Id);
        w.WriteString("message", d.Message);
        if (d.RedactedMessage is { } redacted) w.WriteString("redactedMessage", redacted);
        if (d.Location.Pointer is { } pointer) w.WriteString("at", pointer);
        if (d.ConcernOrdinal >= 0) w.WriteNumber("concern", d.ConcernOrdinal);
        if (d.ActionIndex is { } action) w.WriteNumber("action", action);
        if (d.OnInferredValue) w.WriteBoolean("inferred", true);
        if (d.AlsoActions.Count > 0)
        {
            w.WriteStartArray("also");
            foreach (int also in d.AlsoActions) w.WriteNumberValue(also);
            w.WriteEndArray();
        }

        if (d.Span is { } span)
        {
            w.WriteStartObject("span");
            w.WriteString("field", span.Field);
            w.WriteNumber("start", span.Start);
            w.WriteNumber("length", span.Length);
            w.WriteEndObject();
        }

        if (d.RelatedLocations.Count > 0)
        {
            w.WriteStartArray("related");
            foreach (var r in d.RelatedLocations)
            {
                w.WriteStartObject();
                if (r.Location.Pointer is { } at) w.WriteString("at", at);
                w.WriteString("message", r.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>A finding as the host reported it, its places still JSON pointers into the plan the host was given.</summary>
    public sealed record Finding(string Rule, string Message, string? RedactedMessage, string? Pointer, int ConcernOrdinal, int? ActionIndex, TextSpan? Span, IReadOnlyList<(string? Pointer, string Message)> Related)
    {
        /// <summary>The finding is about a value the reader inferred (<see cref="Diagnostic.OnInferredValue"/>).</summary>
        public bool OnInferredValue { get; init; }

        /// <summary>The other actions one shared cell's finding covers (<see cref="Diagnostic.AlsoActions"/>).</summary>
        public IReadOnlyList<int> AlsoActions { get; init; } = [];
    }

    /// <exception cref="FormatException">The element is not a finding as <see cref="WriteFinding"/> writes it.</exception>
    public static Finding ReadFinding(JsonElement e)
    {
        TextSpan? span = e.TryGetProperty("span", out var s)
            ? new TextSpan(Text(s, "field"), Property(s, "start").GetInt32(), Property(s, "length").GetInt32())
            : null;
        var related = e.TryGetProperty("related", out var r)
            ? [.. r.EnumerateArray().Select(x => (OptionalText(x, "at"), Text(x, "message")))]
            : new List<(string?, string)>();
        return new Finding(
            Text(e, "rule"),
            Text(e, "message"),
            OptionalText(e, "redactedMessage"),
            OptionalText(e, "at"),
            e.TryGetProperty("concern", out var c) ? c.GetInt32() : -1,
            e.TryGetProperty("action", out var a) ? a.GetInt32() : null,
            span,
            related)
        {
            OnInferredValue = e.TryGetProperty("inferred", out var inferred) && inferred.GetBoolean(),
            AlsoActions = e.TryGetProperty("also", out var also) ? [.. also.EnumerateArray().Select(x => x.GetInt32())] : [],
        };
    }

    /// <summary>Builds the plan the host's analyzers see: the canonical JSON, every place named by its JSON pointer.</summary>
    public static ActionPlan ReadPlan(string path, JsonElement plan)
    {
        SourceLocation Locate(string pointer) => new(path) { Pointer = pointer };
        var built = PlanTree.Build(path, plan, Locate);
        if (!plan.TryGetProperty("concerns", out var concerns)) return built;
        var withRows = new List<Concern>(built.Concerns.Count);
        int i = 0;
        foreach (var c in concerns.EnumerateArray())
        {
            var concern = built.Concerns[i];
            if (c.TryGetProperty("rows", out var rows))
            {
                int k = 0;
                concern = concern with
                {
                    Rows = [.. rows.EnumerateArray().Select(row => new SourceRow(
                        Locate($"/concerns/{i}/rows/{k++}"),
                        [.. Property(row, "actions").EnumerateArray().Select(x => x.GetInt32())],
                        Property(row, "owners").GetInt32(),
                        Property(row, "targetDates").GetInt32()))],
                };
            }

            withRows.Add(concern);
            i++;
        }

        return built with { Concerns = withRows };
    }

    /// <summary>A source table row as a concern's <c>"rows"</c> entry carries it (read back by <see cref="ReadPlan"/>).</summary>
    public static JsonObject RowJson(SourceRow row) => new()
    {
        ["actions"] = new JsonArray([.. row.ActionIndexes.Select(i => (JsonNode)i)]),
        ["owners"] = row.OwnerCount,
        ["targetDates"] = row.TargetDateCount,
    };

    /// <summary>
    /// The place in the source plan that a pointer into its canonical JSON names: the node itself, or a field of it; a
    /// pointer PlanLint does not know (or none) names the nearest node it does know, and at worst the whole plan.
    /// </summary>
    public static SourceLocation Resolve(ActionPlan plan, string? pointer)
    {
        if (string.IsNullOrEmpty(pointer) || pointer[0] != '/') return plan.Location;
        var parts = pointer[1..].Split('/');
        if (parts[0] != "concerns")
            return parts.Length == 1 || parts[0] == "inspection" ? plan.LocationOf(parts[0]) : plan.Location;
        if (parts.Length < 2 || Index(parts[1], plan.Concerns.Count) is not { } c) return plan.Location;
        var concern = plan.Concerns[c];
        if (parts.Length == 2) return concern.Location;
        switch (parts[2])
        {
            case "actions" when parts.Length >= 4 && Index(parts[3], concern.Actions.Count) is { } a:
                var action = concern.Actions[a];
                return parts.Length == 4 ? action.Location : action.LocationOf(parts[4]);
            case "rows" when parts.Length >= 4 && Index(parts[3], concern.Rows.Count) is { } r:
                return concern.Rows[r].Location;
            case "actions" or "rows":
                return concern.Location;
            default:
                return concern.LocationOf(parts[2]);
        }
    }

    private static int? Index(string text, int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < count ? i : null;

    private static JsonElement Property(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value : throw new FormatException($"\"{name}\" is missing.");

    private static string Text(JsonElement e, string name) =>
        Property(e, name).GetString() ?? throw new FormatException($"\"{name}\" is null.");

    private static string? OptionalText(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>
/// A compiled pack's rule option as its pack host describes it: the same name, words, default and schema as the
/// pack's own declaration, so configuration is checked against it and pages show it as for any rule. The pack's rule
/// reads its value in the host.
/// </summary>
internal sealed class HostedRuleOption(string name, string description, string typeName, string defaultJson, string? allowed, JsonObject schema)
    : RuleOption(name, description)
{
    public override string TypeName => typeName;

    public override string DefaultJson => defaultJson;

    public override string? Allowed => allowed;

    private protected override void AddSchema(JsonObject target)
    {
        foreach (var (key, value) in schema)
        {
            if (key is not ("title" or "description" or "default"))
                target[key] = value?.DeepClone();
        }
    }
}
