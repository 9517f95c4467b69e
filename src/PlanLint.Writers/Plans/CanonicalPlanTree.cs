using System.Text.Json.Nodes;
using PlanLint.Model;

namespace PlanLint.Writers.Plans;

/// <summary>
/// The canonical shape of a plan file, in the schema's property order, built once from the model so the JSON and
/// YAML writers cannot drift apart. Absent owners and target dates are written as null so the gap shows in the file.
/// </summary>
public static class CanonicalPlanTree
{
    public static JsonObject Build(ActionPlan plan)
    {
        var root = new JsonObject();
        AddIfPresent(root, "establishment", plan.Establishment);
        AddIfPresent(root, "submitted", IsoDate(plan.Submitted));
        if (plan.InspectionStart is not null || plan.InspectionEnd is not null)
        {
            var inspection = new JsonObject();
            AddIfPresent(inspection, "start", IsoDate(plan.InspectionStart));
            AddIfPresent(inspection, "end", IsoDate(plan.InspectionEnd));
            root["inspection"] = inspection;
        }

        AddIfPresent(root, "reportPublished", IsoDate(plan.ReportPublished));
        root["format"] = plan.Format == PlanFormat.Recommendations ? "recommendations" : "concerns";
        AddSuppressions(root, plan.Suppressions);
        root["concerns"] = new JsonArray([.. plan.Concerns.Select(Concern)]);
        AddNotes(root, plan.ReadingNotes);
        return root;
    }

    public static string AgreementText(AgreementStatus status) => status.TemplateName();

    private static JsonNode Concern(Concern concern)
    {
        var node = new JsonObject { ["id"] = concern.Id };
        AddIfPresent(node, "section", concern.Section);
        node["text"] = concern.Text;
        AddIfPresent(node, "agreement", concern.Agreement is { } a ? AgreementText(a) : null);
        AddIfPresent(node, "reason", concern.Reason);
        AddSuppressions(node, concern.Suppressions);
        node["actions"] = new JsonArray([.. concern.Actions.Select(Action)]);
        AddReadings(node, concern.Readings);
        AddNotes(node, concern.ReadingNotes);
        return node;
    }

    private static JsonNode Action(PlanAction action)
    {
        var node = new JsonObject
        {
            ["text"] = action.Text,
            ["owner"] = action.Owner,
            ["targetDate"] = action.TargetDate,
        };
        AddSuppressions(node, action.Suppressions);
        AddReadings(node, action.Readings);
        return node;
    }

    /// <summary>The fields a reader inferred or could not read, so a plan imported from a table keeps what is not fact.</summary>
    private static void AddReadings(JsonObject node, FieldReadings readings)
    {
        if (readings.IsEmpty) return;
        var reading = new JsonObject();
        foreach (var (field, value) in readings.All)
        {
            var entry = new JsonObject { ["status"] = value.Status.ToString().ToLowerInvariant() };
            AddIfPresent(entry, "why", value.Why);
            if (value.SameCellAs is { } first) entry["sameCellAs"] = first;
            if (value.KnownExtent is { } extent) entry["knownExtent"] = extent;
            reading[field] = entry;
        }

        node["reading"] = reading;
    }

    private static void AddNotes(JsonObject node, IReadOnlyList<ReadingNote> notes)
    {
        if (notes.Count == 0) return;
        node["readingNotes"] = new JsonArray([.. notes.Select(n =>
        {
            var entry = new JsonObject { ["rule"] = n.Rule };
            AddIfPresent(entry, "source", n.Source);
            entry["message"] = n.Message;
            if (n.Actions.Count > 0) entry["actions"] = new JsonArray([.. n.Actions.Select(i => (JsonNode)i)]);
            return (JsonNode)entry;
        })]);
    }

    private static void AddSuppressions(JsonObject node, IReadOnlyList<Suppression> suppressions)
    {
        if (suppressions.Count == 0) return;
        node["suppress"] = new JsonArray([.. suppressions.Select(s =>
        {
            var entry = new JsonObject { ["rule"] = s.Rule };
            AddIfPresent(entry, "justification", s.Justification);
            return (JsonNode)entry;
        })]);
    }

    private static void AddIfPresent(JsonObject node, string name, string? value)
    {
        if (value is not null) node[name] = value;
    }

    private static string? IsoDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
