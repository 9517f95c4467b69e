using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.Model;

namespace PlanLint.Configuration;

/// <summary>Where an effective setting came from: a place in a configuration file or preset, or the command line.</summary>
public sealed record ConfigSource(string Description, SourceLocation? Location = null)
{
    public static readonly ConfigSource Default = new("default");

    public string Display(Func<string, string> displayPath)
    {
        if (Location is null) return Description;
        string where = (Location with { Path = displayPath(Location.Path) }).ToString();
        return Description.Length == 0 ? where : $"{where} ({Description})";
    }
}

/// <summary>The effective configuration for one plan file, and where each value came from (for <c>planlint config --print</c>).</summary>
public sealed record ResolvedConfiguration
{
    public required AnalysisOptions Options { get; init; }

    /// <summary>The rule packs to load for this file, in the order they were named, without repeats.</summary>
    public IReadOnlyList<PackReference> Packs { get; init; } = [];

    /// <summary>The largest plan file to read, when a configuration or --max-file-size sets one; otherwise the readers' default.</summary>
    public long? MaxFileBytes { get; init; }

    public ConfigSource? MaxFileBytesSource { get; init; }

    /// <summary>Whether outputs that leave the machine must leave out the plan's own words ("redactPlanText").</summary>
    public bool RedactPlanText { get; init; }

    public ConfigSource? RedactPlanTextSource { get; init; }

    /// <summary>The configuration files and presets that apply, nearest (strongest) first.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public IReadOnlyDictionary<string, ConfigSource> RuleSeveritySources { get; init; } = new Dictionary<string, ConfigSource>();
    public IReadOnlyDictionary<RuleCategory, ConfigSource> CategorySeveritySources { get; init; } = CategoryMap<ConfigSource>.Empty;

    /// <summary>Per rule id, per option name, where the option's value came from.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ConfigSource>> OptionSources { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, ConfigSource>>();

    /// <summary>A rule's effective severity and the setting that decided it, following <see cref="AnalysisOptions.EffectiveSeverity"/>.</summary>
    public (Severity Severity, ConfigSource Source) SeverityOf(RuleDescriptor descriptor)
    {
        var severity = Options.EffectiveSeverity(descriptor);
        if (Options.RuleSeverities.ContainsKey(descriptor.Id))
            return (severity, RuleSeveritySources.GetValueOrDefault(descriptor.Id, ConfigSource.Default));
        if (descriptor.EnabledByDefault && CategorySeveritySources.TryGetValue(descriptor.Category, out var category))
            return (severity, category with { Description = Join($"category {descriptor.Category.ToDisplayName()}", category.Description) });
        return (severity, ConfigSource.Default);
    }

    private static string Join(string a, string b) => b.Length == 0 ? a : $"{a}, {b}";
}
