using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanLint.Model;

namespace PlanLint.Tests.Support;

/// <summary>Writes a plan model as canonical plan JSON (schema/action-plan.schema.json), for fixtures and round trips.</summary>
public static class PlanJsonWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ActionPlan plan, string? schema = null)
    {
        var root = new JsonObject();
        if (schema is not null) root["$schema"] = schema;
        root["establishment"] = plan.Establishment ?? "";
        if (plan.Submitted is { } submitted) root["submitted"] = Date(submitted);
        if (plan.InspectionStart is not null || plan.InspectionEnd is not null)
        {
            var inspection = new JsonObject();
            if (plan.InspectionStart is { } start) inspection["start"] = Date(start);
            if (plan.InspectionEnd is { } end) inspection["end"] = Date(end);
            root["inspection"] = inspection;
        }

        if (plan.ReportPublished is { } published) root["reportPublished"] = Date(published);
        root["format"] = plan.Format == PlanFormat.Recommendations ? "recommendations" : "concerns";
        root["concerns"] = new JsonArray([.. plan.Concerns.Select(Concern)]);
        return root.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Concern(Concern c)
    {
        var o = new JsonObject { ["id"] = c.Id };
        if (c.Section is not null) o["section"] = c.Section;
        o["text"] = c.Text;
        if (c.Agreement is { } a) o["agreement"] = AgreementName(a);
        if (c.Reason is not null) o["reason"] = c.Reason;
        o["actions"] = new JsonArray([.. c.Actions.Select(a => (JsonNode)new JsonObject
        {
            ["text"] = a.Text,
            ["owner"] = a.Owner,
            ["targetDate"] = a.TargetDate,
        })]);
        return o;
    }

    public static string AgreementName(AgreementStatus status) => status switch
    {
        AgreementStatus.PartlyAgreed => "Partly Agreed",
        AgreementStatus.NotAgreed => "Not Agreed",
        _ => "Agreed",
    };

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
