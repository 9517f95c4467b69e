using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Formatters;

namespace PlanLint.Linting;

/// <summary><c>planlint rules</c>: every rule, built in or from the rule packs the configuration names: id, default severity, category and title.</summary>
public sealed class RulesRunner(PlanLinter linter)
{
    public int Run(ConfigurationRequest request, TextWriter output, TextWriter error)
    {
        LintSetup setup;
        try
        {
            setup = LintSetup.ForFolder(linter, request.WorkingDirectory, request);
        }
        catch (ConfigurationException e)
        {
            error.WriteLine("planlint: " + ConfigurationProblem.Describe(e, request.WorkingDirectory));
            return ExitCodes.Usage;
        }

        foreach (var d in setup.Descriptors)
            output.WriteLine($"{TerminalText.Escape(d.Id)}  {d.DefaultSeverity.ToName(),-7}  {d.Category.ToDisplayName(),-11}  {TerminalText.Escape(d.Title)}");
        return ExitCodes.Success;
    }
}
