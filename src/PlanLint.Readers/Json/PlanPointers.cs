using System.Globalization;
using System.Text.Json;
using PlanLint.Model;
using Excerpt = PlanLint.Text.Excerpt;

namespace PlanLint.Readers.Json;

/// <summary>Describes a JSON pointer into a plan in the plan's own terms: "action 2 of recommendation 7".</summary>
public static class PlanPointers
{
    public static string Describe(JsonElement root, string pointer)
    {
        var segments = Segments(pointer);
        if (segments.Count == 0) return "the plan";

        string? recId = null;
        int? actionIndex = null;
        string? field = null;
        int? suppressIndex = null;
        if (segments[0] == "concerns" && segments.Count >= 2 && int.TryParse(segments[1], out int c))
        {
            recId = Resolve(root, $"/concerns/{c}/id") is { ValueKind: JsonValueKind.String } id ? Excerpt.Of(id.GetString() ?? "") : (c + 1).ToString(CultureInfo.InvariantCulture);
            if (segments.Count >= 4 && segments[2] == "actions" && int.TryParse(segments[3], out int a))
            {
                actionIndex = a + 1;
                field = segments.Count >= 5 ? segments[4] : null;
                if (field == "suppress" && segments.Count >= 6 && int.TryParse(segments[5], out int s)) { suppressIndex = s + 1; field = segments.Count >= 7 ? segments[6] : null; }
            }
            else
            {
                field = segments.Count >= 3 ? segments[2] : null;
                if (field == "suppress" && segments.Count >= 4 && int.TryParse(segments[3], out int s)) { suppressIndex = s + 1; field = segments.Count >= 5 ? segments[4] : null; }
            }
        }
        else
        {
            field = segments[^1];
            if (segments[0] == "suppress" && segments.Count >= 2 && int.TryParse(segments[1], out int s)) { suppressIndex = s + 1; field = segments.Count >= 3 ? segments[2] : null; }
        }

        string owner = recId is null ? "the plan"
            : actionIndex is { } ai ? ActionNames.InRecommendation(ai, recId)
            : $"recommendation {recId}";
        if (suppressIndex is { } si) owner = $"suppression {si} of {owner}";
        return field is null || field == "concerns" && recId is null && segments.Count == 1 ? (field == "concerns" ? "\"concerns\" of the plan" : owner) : $"\"{Excerpt.Of(field)}\" of {owner}";
    }

    public static JsonElement? Resolve(JsonElement root, string pointer) => JsonPointers.Resolve(root, pointer);

    public static string Parent(string pointer) => JsonPointers.Parent(pointer);

    public static string LastSegment(string pointer) => JsonPointers.LastSegment(pointer);

    private static IReadOnlyList<string> Segments(string pointer) => JsonPointers.Segments(pointer);
}
