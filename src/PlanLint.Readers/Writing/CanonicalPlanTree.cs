using System.Text.Json.Nodes;
using PlanLint.Model;

namespace PlanLint.Readers.Writing;

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
        return root;
    }

    public static string AgreementText(AgreementStatus status) => status switch
    {
        AgreementStatus.Agreed => "Agreed",
        AgreementStatus.PartlyAgreed => "Partly Agreed",
        _ => "Not Agreed",
    };

    private static JsonNode Concern(Concern concern)
    {
        var node = new JsonObject { ["id"] = concern.Id };
        AddIfPresent(node, "section", concern.Section);
        node["text"] = concern.Text;
        AddIfPresent(node, "agreement", concern.Agreement is { } a ? AgreementText(a) : null);
        AddIfPresent(node, "reason", concern.Reason);
        AddSuppressions(node, concern.Suppressions);
        node["actions"] = new JsonArray([.. concern.Actions.Select(Action)]);
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
        return node;
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
