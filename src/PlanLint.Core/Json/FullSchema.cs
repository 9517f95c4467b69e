using System.Runtime.CompilerServices;
using System.Text.Json;
using Json.Schema;

namespace PlanLint.Json;

/// <summary>One keyword a document failed, as JsonSchema.Net's evaluator reports it, in types of PlanLint's own.</summary>
internal sealed record SchemaFailure(string Pointer, string SchemaPath, string Keyword, string LibraryMessage, Uri SchemaLocation);

/// <summary>
/// JsonSchema.Net's compiled schema, and the only place that names a JsonSchema.Net type. Loading JsonSchema.Net runs its
/// module initialiser (meta-schemas, dialects: more work than linting a plan), and the JIT loads an assembly as soon as it
/// compiles a method whose body names one of its types; so <see cref="SchemaCheck"/>, which runs for every document,
/// names none, and JsonSchema.Net is loaded only for a document that fails the quick shape check.
/// </summary>
internal sealed class FullSchema(string schemaText)
{
    // The native build does not run JsonSchema.Net's module initialiser at start-up (src/PlanLint.Cli/NativeAot.Substitutions.xml),
    // so it runs here, before JsonSchema.Net is first used; elsewhere it has already run and this does nothing.
    static FullSchema() => InitializeJsonSchemaNet(null);

    // Each check gets its own registry: the global one refuses a second schema with the same $id.
    private readonly JsonSchema schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>The keywords the document fails, outermost first; null when it is valid.</summary>
    public IReadOnlyList<SchemaFailure>? Failures(JsonElement root)
    {
        var result = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (result.IsValid)
            return null;

        var failures = new List<SchemaFailure>();

        // Only failing nodes are visited: a branch of a oneOf that failed while another branch passed says nothing.
        void Visit(EvaluationResults node)
        {
            if (node.IsValid) return;
            string pointer = node.InstanceLocation.ToString();
            string schemaPath = node.EvaluationPath.ToString();
            foreach (var (keyword, libraryMessage) in node.Errors ?? new Dictionary<string, string>())
                failures.Add(new SchemaFailure(pointer, schemaPath, keyword, libraryMessage, node.SchemaLocation));
            foreach (var child in node.Details ?? [])
                Visit(child);
        }

        Visit(result);
        return failures;
    }

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Initialize")]
    private static extern void InitializeJsonSchemaNet([UnsafeAccessorType("Json.Schema.__ModuleInitialization, JsonSchema.Net")] object? module);
}
