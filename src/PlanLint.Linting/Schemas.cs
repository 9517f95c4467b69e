using System.Text;

namespace PlanLint.Linting;

/// <summary>One of the JSON schemas PlanLint carries.</summary>
public sealed record SchemaFile(string Name, string FileName, string Describes)
{
    /// <summary>The schema's published URL (its "$id"), for teams that serve the schemas.</summary>
    public string Url => Schemas.UrlBase + FileName;

    public string Text => Schemas.Read(FileName);
}

/// <summary>
/// The schemas PlanLint carries (schema/*.schema.json, embedded), by the short names <c>planlint schema</c> takes, and
/// the local copies that let a written file's "$schema" resolve without a network.
/// </summary>
public static class Schemas
{
    public const string UrlBase = "https://planlint.github.io/schema/";

    /// <summary>The folder, beside the files that name them, where copies of the schemas go.</summary>
    public const string CopyFolder = "schema";

    public static SchemaFile Plan { get; } = new("plan", "action-plan.schema.json", "action plans in JSON or YAML");
    public static SchemaFile Config { get; } = new("config", "planlint-config.schema.json", "planlint.json");
    public static SchemaFile Suppressions { get; } = new("suppressions", "planlint-suppressions.schema.json", "suppression side files (<plan>.planlint-suppressions.json)");
    public static SchemaFile Baseline { get; } = new("baseline", "planlint-baseline.schema.json", "baselines (planlint.baseline.json)");
    public static SchemaFile RulePack { get; } = new("rule-pack", "rule-pack.schema.json", "declarative rule files of a rule pack");
    public static SchemaFile PhraseList { get; } = new("phrase-list", "phrase-list.schema.json", "phrase lists (rules/data/*.json)");

    public static IReadOnlyList<SchemaFile> All { get; } = [Plan, Config, Suppressions, Baseline, RulePack, PhraseList];

    public static SchemaFile? ByName(string name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    internal static string Read(string fileName)
    {
        using var stream = typeof(Schemas).Assembly.GetManifestResourceStream("schemas." + fileName)
            ?? throw new InvalidOperationException($"The schema {fileName} is not embedded in PlanLint.Linting.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The nearest copy of <paramref name="schema"/> in a <c>schema/</c> folder at or above <paramref name="folder"/>, up to the
    /// repository root (a folder with .git) or the top of the disk; null when there is none.
    /// </summary>
    public static string? FindCopy(SchemaFile schema, string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, CopyFolder, schema.FileName);
            if (File.Exists(candidate)) return candidate;
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"))) return null;
        }

        return null;
    }

    /// <summary>How a file in <paramref name="fromFolder"/> names the schema at <paramref name="schemaPath"/>: a relative path with forward slashes.</summary>
    public static string Reference(string fromFolder, string schemaPath) =>
        Path.GetRelativePath(fromFolder, schemaPath).Replace('\\', '/');
}
