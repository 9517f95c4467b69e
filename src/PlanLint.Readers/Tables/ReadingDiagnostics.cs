using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// What reading a table can say. Where nothing could be read, a PL0001 error and no plan. Where the reader recovered by
/// a documented rule but the source does not say for certain (docs/readers.md), a <see cref="ReadingNote"/> kept in the
/// plan and reported by the Reading rule it names (PL0002, PL8001–PL8006), so it can be configured, suppressed and
/// baselined, and survives <c>planlint import</c>.
/// </summary>
public static class ReadingDiagnostics
{
    public static Diagnostic Error(SourceLocation location, string message) => Create(location, message, Severity.Error);

    /// <summary>
    /// A reading problem found outside the table assembly (a title line, a row of the source): readers may still return
    /// it with their plan, and <c>PlanReaders</c> keeps it as a plan-level PL8002 note.
    /// </summary>
    public static Diagnostic Warning(SourceLocation location, string message) => Create(location, message, Severity.Warning);

    /// <summary>A note for the Reading rule <paramref name="rule"/>, about the given actions of its recommendation (the first is its subject).</summary>
    public static ReadingNote Note(string rule, SourceLocation location, string message, params IEnumerable<int> actions) =>
        new(rule, message, location) { Actions = [.. actions], Source = Where(location) };

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
