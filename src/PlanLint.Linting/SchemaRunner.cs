using PlanLint.Formatters;
using PlanLint.IO;

namespace PlanLint.Linting;

/// <summary><c>planlint schema NAME [-o FILE]</c>: prints or writes one of the schemas PlanLint carries.</summary>
public sealed class SchemaRunner
{
    public int Run(string name, string? outputPath, string workingDirectory, TextWriter output, TextWriter error)
    {
        if (Schemas.ByName(name) is not { } schema)
        {
            error.WriteLine($"planlint: there is no schema named '{TerminalText.Escape(name)}'; the schemas are {string.Join(", ", Schemas.All.Select(s => s.Name))}.");
            return ExitCodes.Usage;
        }

        if (outputPath is null)
        {
            output.Write(schema.Text);
            return ExitCodes.Success;
        }

        string full = Path.GetFullPath(Path.Combine(workingDirectory, outputPath));
        if (Directory.Exists(full))
        {
            error.WriteLine($"planlint: {TerminalText.Escape(outputPath)} is a folder; give a file name, e.g. {TerminalText.Escape(Path.Combine(outputPath, schema.FileName))}.");
            return ExitCodes.Usage;
        }

        try
        {
            if (outputPath != "-" && Path.GetDirectoryName(full) is { } folder) Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"planlint: could not make the folder for '{TerminalText.Escape(outputPath)}': {TerminalText.Escape(e.Message)}");
            return ExitCodes.Findings;
        }

        // Through the one output writer: a file replaced atomically, standard output or a device written in place.
        if (!OutputTarget.TryResolve(outputPath, workingDirectory, out var target, out var problem))
        {
            error.WriteLine("planlint: " + TerminalText.Escape(problem));
            return ExitCodes.Usage;
        }

        if (!new OutputWriter(output, error).AddText(target, "schema", schema.Text).Commit())
            return ExitCodes.Findings;
        if (target.Kind == OutputKind.StandardOutput)
            return ExitCodes.Success;

        output.WriteLine($"Wrote {TerminalText.Escape(outputPath)} (the schema of {schema.Describes}).");
        return ExitCodes.Success;
    }
}
