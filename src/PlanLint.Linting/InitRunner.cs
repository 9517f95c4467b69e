using PlanLint.Formatters;
using PlanLint.IO;

namespace PlanLint.Linting;

public enum StarterPlanFormat
{
    None,
    Json,
    Yaml,
}

/// <summary>What <c>planlint init</c> should write, and where.</summary>
public sealed record InitOptions
{
    public string Directory { get; init; } = Environment.CurrentDirectory;
    public StarterPlanFormat Plan { get; init; } = StarterPlanFormat.None;
    public bool Force { get; init; }

    /// <summary>The folder written paths are shown relative to.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// Where the written files' "$schema" points: a URL or a folder (relative to the written files) that holds the
    /// schemas; null writes copies into schema/ beside the files and names those, so editors help offline.
    /// </summary>
    public string? SchemaBase { get; init; }
}

/// <summary>
/// <c>planlint init</c>: writes a starter planlint.json and, if asked, a skeleton plan, both valid against their schemas,
/// with copies of those schemas in schema/ (unless --schema names where they are) so "$schema" resolves offline.
/// Never overwrites an existing file unless forced; writes nothing at all if any target exists.
/// </summary>
public sealed class InitRunner
{
    public const string ConfigFileName = "planlint.json";
    public int Run(InitOptions options, TextWriter output, TextWriter error)
    {
        string Named(SchemaFile schema) => options.SchemaBase is { } schemaBase
            ? schemaBase.TrimEnd('/', '\\') + "/" + schema.FileName
            : Schemas.CopyFolder + "/" + schema.FileName;
        var schemas = new List<SchemaFile> { Schemas.Config };
        var files = new List<(string Path, string Content)> { (Path.Combine(options.Directory, ConfigFileName), StarterConfig(Named(Schemas.Config))) };
        switch (options.Plan)
        {
            case StarterPlanFormat.Json: files.Add((Path.Combine(options.Directory, "action-plan.plan.json"), StarterPlanJson(Named(Schemas.Plan)))); schemas.Add(Schemas.Plan); break;
            case StarterPlanFormat.Yaml: files.Add((Path.Combine(options.Directory, "action-plan.plan.yaml"), StarterPlanYaml(Named(Schemas.Plan)))); schemas.Add(Schemas.Plan); break;
        }

        string Shown(string path) => TerminalText.Escape(DisplayPaths.Relative(path, options.WorkingDirectory));

        // A folder where a file should go would fail the second write after the first had replaced its file.
        if (files.FirstOrDefault(f => Directory.Exists(f.Path)) is { Path: { } folder })
        {
            error.WriteLine($"planlint: {Shown(folder)} is a folder; nothing was written.");
            return ExitCodes.Usage;
        }

        var existing = files.Where(f => File.Exists(f.Path)).Select(f => f.Path).ToList();
        if (existing.Count > 0 && !options.Force)
        {
            foreach (var path in existing)
                error.WriteLine($"planlint: {Shown(path)} already exists; use --force to overwrite it.");
            return ExitCodes.Usage;
        }

        // Schema copies are written only where none is yet; they never replace one.
        var copies = options.SchemaBase is not null ? []
            : schemas.Select(schema => (Schema: schema, Path: Path.Combine(options.Directory, Schemas.CopyFolder, schema.FileName)))
                .Where(c => !File.Exists(c.Path)).ToList();
        try
        {
            Directory.CreateDirectory(options.Directory);
            if (copies.Count > 0) Directory.CreateDirectory(Path.Combine(options.Directory, Schemas.CopyFolder));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"planlint: could not create the folder for the starter files: {TerminalText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        // All files or none, each replaced atomically; a special file (a link to /dev/null) is written, never replaced.
        var writer = new OutputWriter(output, error);
        foreach (var (path, content) in files.Concat(copies.Select(c => (c.Path, c.Schema.Text))))
        {
            if (!OutputTarget.TryResolve(path, options.Directory, out var target, out var problem))
            {
                error.WriteLine($"planlint: {TerminalText.Escape(problem)} Nothing was written.");
                return ExitCodes.Usage;
            }

            writer.AddText(target, Path.GetFileName(path), content);
        }

        if (!writer.Commit())
            return ExitCodes.Usage;
        foreach (var (path, _) in files)
            output.WriteLine($"Wrote {Shown(path)}");
        foreach (var (schema, path) in copies)
            output.WriteLine($"Wrote {Shown(path)} (the schema editors use for {schema.Describes})");

        return ExitCodes.Success;
    }

    public static string StarterConfig(string schema) => $$"""
        {
          "$schema": "{{schema}}",
          "extends": "recommended",
          "rules": {}
        }

        """;

    public static string StarterPlanJson(string schema) => $$"""
        {
          "$schema": "{{schema}}",
          "establishment": "HMP Example",
          "submitted": "2025-01-29",
          "inspection": { "start": "2024-09-30", "end": "2024-10-10" },
          "reportPublished": "2025-01-14",
          "format": "concerns",
          "concerns": [
            {
              "id": "1",
              "section": "Priority concerns",
              "text": "The concern as the inspection report words it.",
              "actions": [
                {
                  "text": "What will be done, by whom, and how success will be judged.",
                  "owner": "Head of Safety",
                  "targetDate": "March 2025"
                }
              ]
            }
          ]
        }

        """;

    public static string StarterPlanYaml(string schema) => $$"""
        # yaml-language-server: $schema={{schema}}
        establishment: HMP Example
        submitted: "2025-01-29"            # when the plan is submitted to HMIP (YYYY-MM-DD)
        inspection:
          start: "2024-09-30"
          end: "2024-10-10"
        reportPublished: "2025-01-14"
        format: concerns                   # or: recommendations (with agreement: Agreed / Partly Agreed / Not Agreed)
        concerns:
          - id: "1"                        # the number as written in the report
            section: Priority concerns
            text: The concern as the inspection report words it.
            actions:
              - text: What will be done, by whom, and how success will be judged.
                owner: Head of Safety      # one accountable post
                targetDate: March 2025     # the month by which it will be complete

        """;
}
