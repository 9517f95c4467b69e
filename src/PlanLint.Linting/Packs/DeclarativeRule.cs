using System.Globalization;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Linting.Packs;

/// <summary>A field of the plan that a declarative rule can read.</summary>
public enum PackField
{
    Action,
    Owner,
    TargetDate,
    Concern,
    Reason,
}

/// <summary>What every declarative rule has: its descriptor, the fields it reads and its message template.</summary>
public sealed record DeclarativeRuleDefinition(RuleDescriptor Descriptor, IReadOnlyList<PackField> Scope, MessageTemplate Message);

/// <summary>
/// The shared mechanism of declarative (Vale-style) rules: visit each field in the rule's scope that has text, ask the
/// kind of rule what it finds there, and report each finding at the field. Kinds differ only in <see cref="Check"/>.
/// </summary>
public abstract class DeclarativeRule : PlanAnalyzer
{
    private readonly DeclarativeRuleDefinition definition;

    protected DeclarativeRule(DeclarativeRuleDefinition definition)
    {
        this.definition = definition;
        SupportedDiagnostics = [definition.Descriptor];
    }

    public RuleDescriptor Descriptor => definition.Descriptor;

    public IReadOnlyList<PackField> Scope => definition.Scope;

    public override IReadOnlyList<RuleDescriptor> SupportedDiagnostics { get; }

    public override string Name => Descriptor.Id + " " + Descriptor.Name;

    public sealed override void Initialize(AnalysisRegistration registration)
    {
        if (Scope.Any(f => f is PackField.Action or PackField.Owner or PackField.TargetDate))
            registration.RegisterActionAction(AnalyzeAction);
        if (Scope.Any(f => f is PackField.Concern or PackField.Reason))
            registration.RegisterConcernAction(AnalyzeConcern);
    }

    /// <summary>The findings in one field's text, each as the values of the message's placeholders.</summary>
    protected abstract IEnumerable<IReadOnlyDictionary<string, string>> Check(string text);

    public static string DisplayName(PackField field) => field switch
    {
        PackField.Action => "action text",
        PackField.Owner => "owner",
        PackField.TargetDate => "target date",
        PackField.Concern => "concern text",
        _ => "reason",
    };

    private void AnalyzeAction(ActionContext context)
    {
        var action = context.Action;
        foreach (var field in Scope)
        {
            var (text, name) = field switch
            {
                PackField.Action => (action.Text, PlanFields.Text),
                PackField.Owner => (action.Owner, PlanFields.Owner),
                PackField.TargetDate => (action.TargetDate, PlanFields.TargetDate),
                _ => (null, ""),
            };
            ReportAll(text, field, action.LocationOf(name), context, context.Concern, action);
        }
    }

    private void AnalyzeConcern(ConcernContext context)
    {
        var concern = context.Concern;
        foreach (var field in Scope)
        {
            var (text, name) = field switch
            {
                PackField.Concern => (concern.Text, PlanFields.Text),
                PackField.Reason => (concern.Reason, PlanFields.Reason),
                _ => (null, ""),
            };
            ReportAll(text, field, concern.LocationOf(name), context, concern, null);
        }
    }

    private void ReportAll(string? text, PackField field, SourceLocation location, RuleContext context, Concern concern, PlanAction? action)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var values in Check(text))
        {
            var all = new Dictionary<string, string>(values, StringComparer.Ordinal)
            {
                ["field"] = DisplayName(field),
                ["recommendation"] = concern.Id,
                ["action"] = action?.Index.ToString(CultureInfo.InvariantCulture) ?? "",
            };
            context.Report(Descriptor, location, definition.Message.Render(all));
        }
    }
}
