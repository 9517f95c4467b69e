using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Suppressions;

/// <summary>
/// The engine's suppression step. A suppression on the plan, a recommendation or an action (in the plan or in its
/// side file) marks the findings of its rule at or below that node as suppressed, with the justification; the innermost
/// one wins. A suppression without a justification still applies but is reported (PL0007); one that matches no finding
/// of an enabled rule is reported too (PL0008), as ESLint reports unused disable directives.
/// </summary>
internal static class SuppressionApplier
{
    private const string InSource = "inSource";
    private const string External = "external";

    public static void Apply(
        ActionPlan plan,
        List<Diagnostic> findings,
        IReadOnlyList<ExternalSuppression> external,
        AnalysisOptions options,
        IReadOnlyDictionary<string, RuleDescriptor> descriptors,
        IReadOnlySet<string> failedRules)
    {
        var scoped = InPlan(plan);
        var unresolved = new List<(ExternalSuppression Entry, string Reason)>();
        foreach (var entry in external)
        {
            if (Resolve(plan, entry, out var resolved, out var reason))
                scoped.Add(resolved);
            else
                unresolved.Add((entry, reason));
        }

        if (scoped.Count == 0 && unresolved.Count == 0)
            return;

        var used = new HashSet<Scoped>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (IsEngineDiagnostic(finding.Id)) continue;
            var matching = scoped.Where(s => s.Rule == finding.Id && s.Covers(finding)).ToList();
            if (matching.Count == 0) continue;
            used.UnionWith(matching);
            var innermost = matching.OrderByDescending(s => s.Depth).ThenBy(s => s.Kind == External).First();
            findings[i] = finding with
            {
                Suppression = new AppliedSuppression(innermost.Justification?.Trim() ?? "", innermost.Location, innermost.Kind),
            };
        }

        foreach (var s in scoped)
        {
            if (string.IsNullOrWhiteSpace(s.Justification))
                Report(findings, options, EngineDiagnostics.SuppressionWithoutJustification, s.Location, s.Concern, s.Action, s.Rule, [s.Rule, s.Target]);
            if (!used.Contains(s) && ReportUnused(s.Rule, options, descriptors, failedRules) is { } why)
                Report(findings, options, EngineDiagnostics.UnusedSuppression, s.Location, s.Concern, s.Action, s.Rule, [s.Rule, s.Target, why]);
        }

        foreach (var (entry, reason) in unresolved)
        {
            string target = Target(entry.RecId, entry.ActionIndex);
            if (string.IsNullOrWhiteSpace(entry.Justification))
                Report(findings, options, EngineDiagnostics.SuppressionWithoutJustification, entry.Location, null, null, entry.Rule, [entry.Rule, target]);
            Report(findings, options, EngineDiagnostics.UnusedSuppression, entry.Location, null, null, entry.Rule, [entry.Rule, target, reason], entry.RecId);
        }
    }

    private static List<Scoped> InPlan(ActionPlan plan)
    {
        var scoped = plan.Suppressions.Select(s => new Scoped(s, null, null, InSource)).ToList();
        foreach (var concern in plan.Concerns)
        {
            scoped.AddRange(concern.Suppressions.Select(s => new Scoped(s, concern, null, InSource)));
            foreach (var action in concern.Actions)
                scoped.AddRange(action.Suppressions.Select(s => new Scoped(s, concern, action, InSource)));
        }

        return scoped;
    }

    /// <summary>
    /// Finds the node a side-file entry is about. The fingerprint decides: an action that moved is still found,
    /// and one whose words changed is not, so the suppression lapses rather than silencing a different action.
    /// </summary>
    private static bool Resolve(ActionPlan plan, ExternalSuppression entry, out Scoped resolved, out string reason)
    {
        var suppression = new Suppression(entry.Rule, entry.Justification, entry.Location);
        resolved = null!;
        reason = "";
        if (entry.RecId is null)
        {
            resolved = new Scoped(suppression, null, null, External);
            return true;
        }

        var concerns = plan.Concerns.Where(c => c.Id == entry.RecId).ToList();
        if (concerns.Count == 0)
        {
            reason = $" (the plan has no recommendation {entry.RecId})";
            return false;
        }

        bool Fits(string text) => entry.TextFingerprint is null || FindingFingerprint.OfText(text) == entry.TextFingerprint;

        if (entry.ActionIndex is not { } index)
        {
            var concern = concerns.FirstOrDefault(c => Fits(c.Text));
            if (concern is null)
            {
                reason = $" (the text of recommendation {entry.RecId} has changed since it was written)";
                return false;
            }

            resolved = new Scoped(suppression, concern, null, External);
            return true;
        }

        var candidates = concerns.SelectMany(c => c.Actions.Select(a => (Concern: c, Action: a))).ToList();
        var match = candidates.Where(c => c.Action.Index == index && Fits(c.Action.Text))
            .Concat(entry.TextFingerprint is null ? [] : candidates.Where(c => Fits(c.Action.Text)))
            .FirstOrDefault();
        if (match.Action is null)
        {
            reason = entry.TextFingerprint is null
                ? $" (recommendation {entry.RecId} has no action {index})"
                : $" (no action of recommendation {entry.RecId} has the text it was written for)";
            return false;
        }

        resolved = new Scoped(suppression, match.Concern, match.Action, External);
        return true;
    }

    /// <summary>Why an unused suppression is worth reporting, or null when it is not (its rule is off or failed, so nothing can be said).</summary>
    private static string? ReportUnused(string rule, AnalysisOptions options, IReadOnlyDictionary<string, RuleDescriptor> descriptors, IReadOnlySet<string> failedRules)
    {
        if (!descriptors.TryGetValue(rule, out var descriptor))
            return " (no rule has this id)";
        if (IsEngineDiagnostic(rule))
            return " (this finding cannot be suppressed)";
        return options.EffectiveSeverity(descriptor) == Severity.None || failedRules.Contains(rule) ? null : "";
    }

    private static bool IsEngineDiagnostic(string id) => EngineDiagnostics.All.Any(d => d.Id == id);

    private static void Report(
        List<Diagnostic> findings,
        AnalysisOptions options,
        RuleDescriptor descriptor,
        SourceLocation location,
        Concern? concern,
        PlanAction? action,
        string rule,
        object?[] args,
        string? recId = null)
    {
        var severity = options.EffectiveSeverity(descriptor);
        if (severity == Severity.None) return;
        findings.Add(new Diagnostic
        {
            Descriptor = descriptor,
            Severity = severity,
            Message = descriptor.FormatMessage(args),
            // The arguments are a rule id as the suppression wrote it, then PlanLint's own words and numbers.
            RedactedMessage = PlanTextRedaction.Format(descriptor, args, (i, text) => i > 0 || PlanTextRedaction.IsIdLike(text)),
            Location = location,
            RecId = concern?.Id ?? recId,
            ConcernOrdinal = concern?.Ordinal ?? -1,
            ActionIndex = action?.Index,
            SubjectText = $"{rule} {action?.Text ?? concern?.Text}".TrimEnd(),
        });
    }

    private static string Target(string? recId, int? actionIndex) =>
        recId is null ? "the plan"
        : actionIndex is { } index ? ActionNames.InRecommendation(index, recId)
        : $"recommendation {recId}";

    private sealed record Scoped(Suppression Suppression, Concern? Concern, PlanAction? Action, string Kind)
    {
        public string Rule => Suppression.Rule;
        public string? Justification => Suppression.Justification;
        public SourceLocation Location => Suppression.Location;
        public int Depth => Action is not null ? 2 : Concern is not null ? 1 : 0;
        public string Target => SuppressionApplier.Target(Concern?.Id, Action?.Index);

        // A finding said once for several actions (one merged cell) is covered by a suppression on any of them.
        public bool Covers(Diagnostic d) =>
            Concern is null || (d.ConcernOrdinal == Concern.Ordinal && (Action is null || d.ActionIndex == Action.Index || d.AlsoActions.Contains(Action.Index)));
    }
}
