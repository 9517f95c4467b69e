using PlanLint.Model;

namespace PlanLint.Writers.Plans;

/// <summary>Writes a plan in one canonical file format.</summary>
public interface IPlanWriter
{
    /// <summary>Short format name: "json", "yaml".</summary>
    string Format { get; }

    IReadOnlyList<string> Extensions { get; }

    /// <param name="schemaUri">Where editors find the plan schema, written as "$schema" or the YAML language-server comment; null writes neither.</param>
    void Write(ActionPlan plan, Stream output, string? schemaUri);
}

/// <summary>Chooses a writer by the output file's extension.</summary>
public static class PlanWriters
{
    public static IReadOnlyList<IPlanWriter> All { get; } = [new PlanJsonWriter(), new PlanYamlWriter()];

    public static IPlanWriter? ForFile(string path)
    {
        string extension = Path.GetExtension(path);
        return All.FirstOrDefault(w => w.Extensions.Any(e => e.Equals(extension, StringComparison.OrdinalIgnoreCase)));
    }
}
