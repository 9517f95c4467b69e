using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Formatters;

/// <summary>What <c>planlint check</c> prints for people: findings as they are found, each file's end, and the closing summary.</summary>
public interface IConsoleView
{
    /// <summary>A finding to show, with the path already as it should be shown.</summary>
    void Write(Diagnostic shown);

    /// <summary>Every finding of one file has been written; <paramref name="plan"/> is the plan as read, when kept.</summary>
    void EndFile(string displayPath, ActionPlan? plan);

    void WriteSummary(RunSummary summary);
}

/// <summary>Which console view: canonical lines for tools (the default when output is not a terminal), or grouped for a person.</summary>
public enum ConsoleView
{
    Canonical,
    Grouped,
}
