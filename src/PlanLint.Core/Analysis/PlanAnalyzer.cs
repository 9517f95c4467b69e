using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Analysis;

/// <summary>
/// The unit of extension, shaped like a Roslyn DiagnosticAnalyzer: it declares the descriptors it
/// reports and registers callbacks for the plan, each concern, each action and the end of the plan.
/// </summary>
public abstract class PlanAnalyzer
{
    public abstract IReadOnlyList<RuleDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisRegistration registration);

    /// <summary>The name used when the analyzer fails (PL9999).</summary>
    public virtual string Name => GetType().Name;
}

/// <summary>Collects the callbacks an analyzer wants the engine to call.</summary>
public sealed class AnalysisRegistration
{
    internal List<Action<RuleContext>> PlanCallbacks { get; } = [];
    internal List<Action<ConcernContext>> ConcernCallbacks { get; } = [];
    internal List<Action<ActionContext>> ActionCallbacks { get; } = [];
    internal List<Action<RuleContext>> PlanEndCallbacks { get; } = [];

    public void RegisterPlanAction(Action<RuleContext> callback) => PlanCallbacks.Add(callback);

    /// <summary>Called for each concern, in order, with a context whose <see cref="ConcernContext.Concern"/> is that concern.</summary>
    public void RegisterConcernAction(Action<ConcernContext> callback) => ConcernCallbacks.Add(callback);

    /// <summary>Called for each action of each concern, in order, with a context naming the action and its concern.</summary>
    public void RegisterActionAction(Action<ActionContext> callback) => ActionCallbacks.Add(callback);

    /// <summary>Called once after every concern and action has been visited: the place for checks across the plan.</summary>
    public void RegisterPlanEndAction(Action<RuleContext> callback) => PlanEndCallbacks.Add(callback);
}

/// <summary>A rule with one descriptor that looks at each action on its own.</summary>
public abstract class ActionRule(RuleDescriptor descriptor) : PlanAnalyzer
{
    public override IReadOnlyList<RuleDescriptor> SupportedDiagnostics { get; } = [descriptor];

    public override string Name => descriptor.Id + " " + descriptor.Name;

    public sealed override void Initialize(AnalysisRegistration registration) => registration.RegisterActionAction(context => Analyze(context.Action, context));

    public abstract void Analyze(PlanAction action, ActionContext context);
}

/// <summary>A rule with one descriptor that looks at each concern or recommendation on its own.</summary>
public abstract class ConcernRule(RuleDescriptor descriptor) : PlanAnalyzer
{
    public override IReadOnlyList<RuleDescriptor> SupportedDiagnostics { get; } = [descriptor];

    public override string Name => descriptor.Id + " " + descriptor.Name;

    public sealed override void Initialize(AnalysisRegistration registration) => registration.RegisterConcernAction(context => Analyze(context.Concern, context));

    public abstract void Analyze(Concern concern, ConcernContext context);
}

/// <summary>A rule with one descriptor that looks at the whole plan once.</summary>
public abstract class PlanRule(RuleDescriptor descriptor) : PlanAnalyzer
{
    public override IReadOnlyList<RuleDescriptor> SupportedDiagnostics { get; } = [descriptor];

    public override string Name => descriptor.Id + " " + descriptor.Name;

    public sealed override void Initialize(AnalysisRegistration registration) => registration.RegisterPlanEndAction(Analyze);

    public abstract void Analyze(RuleContext context);
}
