using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// PL0001 findings from reading a table: an error where nothing could be read, a warning where the reader
/// recovered by a documented rule but the source does not say for certain (docs/readers.md).
/// </summary>
public static class ReadingDiagnostics
{
    public static Diagnostic Error(SourceLocation location, string message) => Create(location, message, Severity.Error);

    public static Diagnostic Warning(SourceLocation location, string message) => Create(location, message, Severity.Warning);

    /// <summary>"line 40" in a text file, "table 1, row 5" in a Word document: for messages.</summary>
    public static string Where(SourceLocation location) =>
        location.HasLine ? $"line {location.Line}" : location.Part ?? "an unknown place";

    private static Diagnostic Create(SourceLocation location, string message, Severity severity) => new()
    {
        Descriptor = EngineDiagnostics.InvalidPlan,
        Severity = severity,
        Message = message,
        Location = location,
    };
}
