using System.Globalization;
using System.Text.Json;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Json;

/// <summary>
/// Builds the plan model from a JSON-shaped plan tree (schema/action-plan.schema.json) that has already been checked,
/// or that was written by PlanLint itself; <c>locate</c> turns a node's JSON pointer into its place in the source.
/// Shared by the JSON and YAML readers and by the pack host, which receives plans as canonical JSON. Loops rather than
/// LINQ over <see cref="JsonElement"/> and <see cref="JsonProperty"/>: LINQ over another assembly's value types is
/// JIT-compiled even in a ReadyToRun build, and this runs for every plan.
/// </summary>
public static class PlanTree
{
    public static ActionPlan Build(string path, JsonElement root, Func<string, SourceLocation> locate)
    {
        var concerns = new List<Concern>();
        if (root.TryGetProperty("concerns", out var concernArray))
        {
            int ordinal = 0;
            foreach (var c in concernArray.EnumerateArray())
            {
                concerns.Add(BuildConcern(c, $"/concerns/{ordinal}", ordinal, locate));
                ordinal++;
            }
        }

        DateOnly? inspectionStart = null, inspectionEnd = null;
        var fields = Fields(root, "", locate);
        if (root.TryGetProperty("inspection", out var inspection))
        {
            inspectionStart = Date(inspection, "start");
            inspectionEnd = Date(inspection, "end");
        }

        return new ActionPlan
        {
            Path = path,
            Establishment = String(root, "establishment"),
            Submitted = Date(root, "submitted"),
            InspectionStart = inspectionStart,
            InspectionEnd = inspectionEnd,
            ReportPublished = Date(root, "reportPublished"),
            Format = String(root, "format") == "recommendations" ? PlanFormat.Recommendations : PlanFormat.Concerns,
            Concerns = concerns,
            Suppressions = Suppressions(root, "", locate),
            ReadingNotes = Notes(root, "", locate),
            Location = locate(""),
            Fields = fields,
        };
    }

    private static Concern BuildConcern(JsonElement c, string pointer, int ordinal, Func<string, SourceLocation> locate)
    {
        var actions = new List<PlanAction>();
        if (c.TryGetProperty("actions", out var actionArray))
        {
            int i = 0;
            foreach (var a in actionArray.EnumerateArray())
            {
                string actionPointer = $"{pointer}/actions/{i}";
                actions.Add(new PlanAction
                {
                    Index = i + 1,
                    Text = String(a, "text") ?? "",
                    Owner = String(a, "owner"),
                    TargetDate = String(a, "targetDate"),
                    Suppressions = Suppressions(a, actionPointer, locate),
                    Readings = Readings(a),
                    Location = locate(actionPointer),
                    Fields = Fields(a, actionPointer, locate),
                });
                i++;
            }
        }

        return new Concern
        {
            Id = String(c, "id") ?? "",
            Ordinal = ordinal,
            Section = String(c, "section"),
            Text = String(c, "text") ?? "",
            Agreement = String(c, "agreement") switch
            {
                "Agreed" => AgreementStatus.Agreed,
                "Partly Agreed" => AgreementStatus.PartlyAgreed,
                "Not Agreed" => AgreementStatus.NotAgreed,
                _ => null,
            },
            Reason = String(c, "reason"),
            Actions = actions,
            Suppressions = Suppressions(c, pointer, locate),
            Readings = Readings(c),
            ReadingNotes = Notes(c, pointer, locate),
            Location = locate(pointer),
            Fields = Fields(c, pointer, locate),
        };
    }

    private static IReadOnlyList<Suppression> Suppressions(JsonElement node, string pointer, Func<string, SourceLocation> locate)
    {
        if (!node.TryGetProperty("suppress", out var array) || array.ValueKind != JsonValueKind.Array)
            return [];

        var list = new List<Suppression>();
        int i = 0;
        foreach (var s in array.EnumerateArray())
        {
            list.Add(new Suppression(String(s, "rule") ?? "", String(s, "justification"), locate($"{pointer}/suppress/{i}")));
            i++;
        }

        return list;
    }

    private static FieldReadings Readings(JsonElement node)
    {
        if (!node.TryGetProperty("reading", out var reading) || reading.ValueKind != JsonValueKind.Object) return FieldReadings.AllRead;
        var readings = new List<KeyValuePair<string, FieldReading>>();
        foreach (var p in reading.EnumerateObject())
        {
            readings.Add(KeyValuePair.Create(p.Name, new FieldReading(
                String(p.Value, "status") switch
                {
                    "inferred" => ReadingStatus.Inferred,
                    "unknown" => ReadingStatus.Unknown,
                    _ => ReadingStatus.Read,
                },
                String(p.Value, "why"))
            {
                SameCellAs = p.Value.TryGetProperty("sameCellAs", out var first) ? ActionIndex(first) : null,
                KnownExtent = p.Value.TryGetProperty("knownExtent", out var extent) ? ActionIndex(extent) : null,
            }));
        }

        return FieldReadings.From(readings);
    }

    private static IReadOnlyList<ReadingNote> Notes(JsonElement node, string pointer, Func<string, SourceLocation> locate)
    {
        if (!node.TryGetProperty("readingNotes", out var array) || array.ValueKind != JsonValueKind.Array) return [];
        var notes = new List<ReadingNote>();
        int i = 0;
        foreach (var n in array.EnumerateArray())
        {
            notes.Add(new ReadingNote(String(n, "rule") ?? "", String(n, "message") ?? "", locate($"{pointer}/readingNotes/{i}"))
            {
                Source = String(n, "source"),
                Actions = n.TryGetProperty("actions", out var actions) ? ActionIndexes(actions) : [],
            });
            i++;
        }

        return notes;
    }

    /// <summary>A number in JSON, its text in YAML (plain scalars are read as text); the schema has checked both.</summary>
    private static int ActionIndex(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number ? e.GetInt32() : int.Parse(e.GetString() ?? "0", NumberStyles.None, CultureInfo.InvariantCulture);

    private static int[] ActionIndexes(JsonElement array)
    {
        var indexes = new int[array.GetArrayLength()];
        for (int i = 0; i < indexes.Length; i++) indexes[i] = ActionIndex(array[i]);
        return indexes;
    }

    private static FieldLocations Fields(JsonElement node, string pointer, Func<string, SourceLocation> locate)
    {
        var fields = new List<KeyValuePair<string, SourceLocation>>();
        foreach (var p in node.EnumerateObject())
        {
            if (p.Name != "$schema") fields.Add(KeyValuePair.Create(p.Name, locate(pointer + "/" + p.Name)));
        }

        return FieldLocations.From(fields);
    }

    private static string? String(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(JsonElement node, string name) =>
        String(node, name) is { } text && IsoDate.TryParse(text, out var date)
            ? date
            : null;
}
