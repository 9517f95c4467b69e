using PlanLint.Analysis;
using PlanLint.Configuration;
using PlanLint.Diagnostics;
using PlanLint.Linting.Packs;

namespace PlanLint.Linting;

/// <summary>
/// Everything a run needs before the first plan is read: the configuration of every file (planlint.json, presets,
/// overrides, --config and --rule), the rule packs those configurations name, and a check that every rule id and
/// option they give exists. Any problem is a <see cref="ConfigurationException"/>, which stops the run with exit code 2.
/// </summary>
public sealed class LintSetup
{
    private readonly IReadOnlyDictionary<string, ResolvedConfiguration> configurations;
    private readonly IReadOnlyDictionary<string, AnalysisOptions> options;

    private LintSetup(PlanLinter linter, IReadOnlyDictionary<string, ResolvedConfiguration> configurations, IReadOnlyDictionary<string, IReadOnlyList<string>> packRules)
    {
        Linter = linter;
        this.configurations = configurations;
        options = configurations.ToDictionary(c => c.Key, c => WithoutUnnamedPacks(c.Value, packRules), StringComparer.Ordinal);
    }

    /// <summary>The linter with the built-in rules and every pack the configurations name.</summary>
    public PlanLinter Linter { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors => Linter.Engine.Descriptors;

    /// <summary>Sets up a run over the given files (full paths).</summary>
    /// <exception cref="ConfigurationException">A configuration, rule pack or rule setting is broken.</exception>
    public static LintSetup ForFiles(PlanLinter builtIn, IReadOnlyList<string> files, ConfigurationRequest request)
    {
        var resolver = new ConfigurationResolver(request);
        var configurations = new Dictionary<string, ResolvedConfiguration>(StringComparer.Ordinal);
        foreach (var file in files)
            configurations.TryAdd(file, resolver.Resolve(file));
        return Create(builtIn, resolver, configurations);
    }

    /// <summary>Sets up for a folder as a whole (the working directory for <c>planlint rules</c>).</summary>
    public static LintSetup ForFolder(PlanLinter builtIn, string folder, ConfigurationRequest request)
    {
        var resolver = new ConfigurationResolver(request);
        return Create(builtIn, resolver, new Dictionary<string, ResolvedConfiguration>(StringComparer.Ordinal) { [folder] = resolver.ResolveForFolder(folder) });
    }

    /// <summary>The configuration of a file given to <see cref="ForFiles"/>, or of the folder given to <see cref="ForFolder"/>.</summary>
    public ResolvedConfiguration ConfigurationFor(string path) => configurations[path];

    public AnalysisOptions OptionsFor(string path) => options[path];

    /// <summary>Lint options that give each file its own configuration.</summary>
    public LintOptions Apply(LintOptions lint) => lint with { AnalysisFor = OptionsFor, MaxFileBytesFor = path => configurations[path].MaxFileBytes };

    private static LintSetup Create(PlanLinter builtIn, ConfigurationResolver resolver, Dictionary<string, ResolvedConfiguration> configurations)
    {
        var packs = configurations.Values.SelectMany(c => c.Packs).DistinctBy(p => p.Path).ToList();
        var declaredBy = builtIn.Engine.Descriptors.ToDictionary(d => d.Id, _ => "PlanLint", StringComparer.Ordinal);
        var packRules = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var analyzers = new List<PlanAnalyzer>();
        foreach (var pack in packs)
        {
            var loaded = RulePacks.Load(pack);
            var ids = new List<string>();
            foreach (var descriptor in loaded.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id))
            {
                if (descriptor.Id.StartsWith("PL", StringComparison.Ordinal))
                    throw new ConfigurationException($"Rule pack {pack.Name} declares {descriptor.Id}; ids starting with PL are reserved for PlanLint's built-in rules.", pack.DeclaredAt);
                if (!RuleDescriptor.IsSafeHelpUri(descriptor.HelpUri))
                    throw new ConfigurationException($"Rule pack {pack.Name} declares {descriptor.Id} with a help address that is not an http or https URL (\"{Text.TerminalSafe.Escape(Text.Excerpt.Of(descriptor.HelpUri))}\"); reports link to it, so it must be a web page.", pack.DeclaredAt);
                if (declaredBy.TryGetValue(descriptor.Id, out var other))
                    throw new ConfigurationException($"Rule pack {pack.Name} declares {descriptor.Id}, which {other} already declares; rule ids must be unique.", pack.DeclaredAt);
                declaredBy[descriptor.Id] = "rule pack " + pack.Name;
                ids.Add(descriptor.Id);
            }

            packRules[pack.Path] = ids;
            analyzers.AddRange(loaded);
        }

        var linter = analyzers.Count == 0 ? builtIn : builtIn.WithAnalyzers(analyzers);
        RuleSettingsCheck.Check(resolver, linter.Engine.Descriptors);
        return new LintSetup(linter, configurations, packRules);
    }

    /// <summary>Rules of a pack that another file's configuration loaded do not run on files whose configuration does not name it.</summary>
    private static AnalysisOptions WithoutUnnamedPacks(ResolvedConfiguration configuration, IReadOnlyDictionary<string, IReadOnlyList<string>> packRules)
    {
        var named = configuration.Packs.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        // A loop, not LINQ: LINQ over KeyValuePair (a value type) cannot be compiled ahead of time (ReadyToRun).
        var off = new List<string>();
        foreach (var (pack, rules) in packRules)
        {
            if (!named.Contains(pack)) off.AddRange(rules);
        }

        if (off.Count == 0)
            return configuration.Options;
        var severities = new Dictionary<string, Severity>(configuration.Options.RuleSeverities, StringComparer.Ordinal);
        foreach (var id in off)
            severities[id] = Severity.None;
        return configuration.Options with { RuleSeverities = severities };
    }
}
