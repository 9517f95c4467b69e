using System.Text.Json;
using PlanLint.Model;
using PlanLint.Reading;

namespace PlanLint.Readers.Json;

/// <summary>
/// Validates a JSON-shaped plan tree against schema/action-plan.schema.json and builds the plan model.
/// Shared by the JSON and YAML readers, which differ only in how they parse text and locate a pointer.
/// </summary>
public static class PlanTreeLoader
{
    public static PlanReadResult Load(string path, JsonElement root, Func<string, SourceLocation> locate)
    {
        var errors = PlanSchema.Validate(root, locate);
        if (errors.Count > 0)
            return new PlanReadResult(null, errors);

        return new PlanReadResult(PlanTree.Build(path, root, locate), []);
    }
}
