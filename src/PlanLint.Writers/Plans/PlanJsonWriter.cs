using System.Text.Encodings.Web;
using System.Text.Json;
using PlanLint.Model;

namespace PlanLint.Writers.Plans;

/// <summary>Writes the canonical JSON plan: two-space indentation, "\n" line ends, "$schema" first, text unescaped where JSON allows.</summary>
public sealed class PlanJsonWriter : IPlanWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // The file is read by people and diffed in git: keep "&", "'" and non-ASCII letters as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public void Write(ActionPlan plan, Stream output, string? schemaUri)
    {
        var tree = CanonicalPlanTree.Build(plan);
        if (schemaUri is not null) tree.Insert(0, "$schema", schemaUri);
        using (var writer = new Utf8JsonWriter(output, Options))
            tree.WriteTo(writer);
        output.WriteByte((byte)'\n');
    }
}
