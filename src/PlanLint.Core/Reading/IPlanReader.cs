using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Reading;

/// <summary>The result of reading a plan file: the plan (when one could be recovered) and any PL0001 diagnostics.</summary>
public sealed record PlanReadResult(ActionPlan? Plan, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Set when the file is not a plan at all rather than a broken one (a Word document or text file with no plan
    /// table, Word's lock file, a Git LFS pointer): a folder or glob skips such a file with this reason instead of
    /// reporting it. The PL0001 finding stays in <see cref="Diagnostics"/> for a file named on its own.
    /// </summary>
    public NotAPlan? NotAPlan { get; init; }

    public static PlanReadResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);

    public static PlanReadResult Failed(string path, string message, int line = 0, int column = 0) =>
        Failed(InvalidPlanDiagnostic.Create(new SourceLocation(path, line, column), message));
}

/// <summary>Why a file is not a plan; <paramref name="EvenWhenNamed"/> skips it even when named on the command line (it can never be one).</summary>
public sealed record NotAPlan(string Reason, bool EvenWhenNamed = false);

/// <summary>Reads one plan file format into the plan model.</summary>
public interface IPlanReader
{
    /// <summary>Short format name: "json", "yaml", "docx", "text".</summary>
    string Format { get; }

    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether the content looks like this format, for files whose extension says nothing.</summary>
    bool Sniff(ReadOnlySpan<byte> head);

    PlanReadResult Read(string path, ReadOnlyMemory<byte> content);
}

public static class InvalidPlanDiagnostic
{
    public static Diagnostic Create(SourceLocation location, string message) => new()
    {
        Descriptor = EngineDiagnostics.InvalidPlan,
        Severity = EngineDiagnostics.InvalidPlan.DefaultSeverity,
        Message = message,
        Location = location,
    };
}
