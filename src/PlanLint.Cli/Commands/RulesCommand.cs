using System.CommandLine;
using PlanLint.Diagnostics;
using PlanLint.Linting;

namespace PlanLint.Cli.Commands;

internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("rules", "List every rule: id, default severity, category and title.");
        command.SetAction(_ =>
        {
            var descriptors = PlanLinter.CreateDefault().Engine.Descriptors;
            foreach (var d in descriptors)
                output.WriteLine($"{d.Id}  {d.DefaultSeverity.ToName(),-7}  {d.Category.ToDisplayName(),-11}  {d.Title}");
            return ExitCodes.Success;
        });
        return command;
    }
}
