using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Rules.Accountable;

/// <summary>
/// A rule about what an owner cell names. Reads the cell into owners once through <see cref="OwnerNames"/>, reports each
/// action on its own (so every format gives the same findings and each can be suppressed), and leaves rows without action text to PL0006. Its message starts
/// "Owner '{0}' of {1} of recommendation {2}"; <see cref="Check"/> gives the arguments after those.
/// </summary>
public abstract class OwnerCellRule(RuleDescriptor descriptor) : ActionRule(descriptor)
{
    public sealed override void Analyze(PlanAction action, RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(action.Owner) || string.IsNullOrWhiteSpace(action.Text)) return;
        if (Check(context.Analyze(OwnerNames.Analysis, action.Owner)) is { } details)
            context.Report(SupportedDiagnostics[0], action.LocationOf(PlanFields.Owner), [action.Owner.Trim(), ActionName(action), context.Concern!.Id, .. details]);
    }

    private static string ActionName(PlanAction action) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"action {action.Index}");

    /// <summary>The message arguments after the owner, actions and recommendation, or null when the owners are fine.</summary>
    protected abstract object?[]? Check(IReadOnlyList<OwnerName> owners);
}
