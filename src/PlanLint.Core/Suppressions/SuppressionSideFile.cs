using System.Text.Json;
using PlanLint.Diagnostics;
using PlanLint.IO;
using PlanLint.Json;
using PlanLint.Model;
using PlanLint.Reading;

namespace PlanLint.Suppressions;

/// <summary>
/// A suppression kept beside the plan rather than in it, keyed by recommendation number, action index and a
/// fingerprint of the action's text (see <see cref="FindingFingerprint.OfText"/>). Null keys widen the scope:
/// no action means the whole recommendation, no recommendation the whole plan.
/// </summary>
public sealed record ExternalSuppression(
    string Rule,
    string? Justification,
    SourceLocation Location,
    string? RecId = null,
    int? ActionIndex = null,
    string? TextFingerprint = null);

/// <summary>What a side file held: its suppressions, and PL0001 findings for anything wrong with it.</summary>
public sealed record SideFileContent(IReadOnlyList<ExternalSuppression> Suppressions, IReadOnlyList<Diagnostic> Problems)
{
    public static readonly SideFileContent None = new([], []);
}

/// <summary>
/// <c>&lt;plan file name&gt;.planlint-suppressions.json</c> beside a plan: suppressions for any format, including Word
/// drafts, which cannot hold suppress properties. Checked against schema/planlint-suppressions.schema.json.
/// </summary>
public static class SuppressionSideFile
{
    public const string Suffix = ".planlint-suppressions.json";

    private static readonly Lazy<SchemaCheck> Schema = new(() =>
        SchemaCheck.FromResource(typeof(SuppressionSideFile).Assembly, "planlint-suppressions.schema.json", "suppression side file schema"));

    public static string PathFor(string planPath) => planPath + Suffix;

    /// <summary>Reads the side file beside a plan, if there is one. Never throws for bad content: problems come back as PL0001 findings located in the side file.</summary>
    public static SideFileContent LoadFor(string planPath)
    {
        string path = PathFor(planPath);
        if (FileStatus.Of(path).Kind == FileKind.Missing)
            return SideFileContent.None;
        return InputFile.TryRead(path, InputFile.DefaultMaxBytes, "suppression side file", out var content, out var problem)
            ? Parse(path, content)
            : Problem(SourceLocation.File(path), problem.Message);
    }

    public static SideFileContent Parse(string path, ReadOnlyMemory<byte> content)
    {
        if (!JsonSource.TryParse(path, content, out var source, out var errorLocation, out var error))
            return Problem(errorLocation, error);
        if (source.FirstViolation(Schema.Value, Describe) is { } violation)
            return Problem(violation.Location, violation.Message);

        var list = new List<ExternalSuppression>();
        int i = 0;
        foreach (var entry in source.Root.GetProperty("suppressions").EnumerateArray())
        {
            list.Add(new ExternalSuppression(
                entry.GetProperty("rule").GetString()!,
                String(entry, "justification"),
                source.Locate(JsonPointers.Append("/suppressions", i++)),
                String(entry, "recommendation"),
                entry.TryGetProperty("action", out var action) && action.TryGetInt32(out int index) ? index : null,
                String(entry, "textFingerprint")));
        }

        return new SideFileContent(list, []);
    }

    private static string Describe(string pointer) => pointer.Length == 0 ? "the suppression side file" : SchemaCheck.DescribeAsPath(pointer);

    private static SideFileContent Problem(SourceLocation location, string message) =>
        new([], [InvalidPlanDiagnostic.Create(location, message)]);

    private static string? String(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
