using System.Text.Json;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Reading;

namespace PlanLint.Readers.Json;

/// <summary>
/// schema/action-plan.schema.json, embedded, and the translation of its violations into messages a reviewer understands.
/// </summary>
public static class PlanSchema
{
    private static readonly Lazy<SchemaCheck> Loaded = new(() => SchemaCheck.FromResource(typeof(PlanSchema).Assembly, "action-plan.schema.json", "action plan schema"));

    public static string Text => Loaded.Value.Text;

    /// <summary>The schema's "$id", which canonical plan files name so editors can find it.</summary>
    public static string Id => Loaded.Value.Id ?? throw new InvalidOperationException("The action plan schema has no $id.");

    public static IReadOnlyList<Diagnostic> Validate(JsonElement root, Func<string, SourceLocation> locate)
    {
        var violations = Loaded.Value.Check(root, pointer => PlanPointers.Describe(root, pointer), PatternHint);
        if (violations.Count == 0)
            return [];

        return [.. violations
            .Select(m => InvalidPlanDiagnostic.Create(locate(m.Pointer) with { Pointer = m.Pointer }, m.Message))
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
    }

    private static string? PatternHint(string property) => property switch
    {
        "submitted" or "reportPublished" or "start" or "end" => "write dates as YYYY-MM-DD, e.g. 2025-01-29",
        "rule" => "a rule id looks like PL2002",
        _ => null,
    };
}
