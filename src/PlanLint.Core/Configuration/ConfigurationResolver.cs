using System.Text.Json;
using Microsoft.Extensions.FileSystemGlobbing;
using PlanLint.Analysis;
using PlanLint.Diagnostics;
using PlanLint.IO;
using PlanLint.Json;
using PlanLint.Model;
using PlanLint.Text;

namespace PlanLint.Configuration;

/// <summary>What the command line says about configuration.</summary>
public sealed record ConfigurationRequest
{
    /// <summary><c>--config FILE</c>: use this file (and what it extends) instead of looking for planlint.json.</summary>
    public string? ConfigFile { get; init; }

    /// <summary><c>--rule ID=SEVERITY</c> values, applied after every file.</summary>
    public IReadOnlyList<string> RuleOverrides { get; init; } = [];

    /// <summary><c>--max-file-size SIZE</c>, e.g. "20 MB": wins over "maxFileSize" in every configuration file.</summary>
    public string? MaxFileSize { get; init; }

    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
}

/// <summary>
/// Finds and combines the configuration for each plan file, like .editorconfig: every planlint.json from the file's
/// folder upwards applies, nearer files winning, until one says <c>"root": true</c>. Within a file, what it extends
/// comes first, then its own settings, then the overrides whose globs match the plan; <c>--rule</c> comes last.
/// Files are read once and cached. Not thread-safe: resolve every file before linting in parallel.
/// </summary>
public sealed class ConfigurationResolver
{
    public const string FileName = "planlint.json";

    private readonly Dictionary<string, ConfigFile> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<ConfigFile>> chains = new(StringComparer.Ordinal);
    // Made on first use, as is globMatchers: a run whose configuration has no globs loads no FileSystemGlobbing.
    private Dictionary<ConfigOverride, Matcher>? matchers;
    private readonly ConfigFile? explicitFile;
    private readonly long? commandLineMaxFileSize;

    /// <exception cref="ConfigurationException">A --rule value is malformed, or the --config file is missing or broken.</exception>
    public ConfigurationResolver(ConfigurationRequest request)
    {
        CommandLineRules = [.. request.RuleOverrides.Select(CommandLineRule.Parse)];
        if (request.MaxFileSize is { } size)
        {
            if (!ByteSizes.TryParse(size, out long bytes))
                throw new ConfigurationException($"--max-file-size \"{Excerpt.Of(size)}\" is not a size; give one such as \"20 MB\", \"512 KB\" or \"1000000 bytes\".");
            commandLineMaxFileSize = bytes;
        }

        if (request.ConfigFile is { } path)
        {
            string full = Path.GetFullPath(Path.Combine(request.WorkingDirectory, path));
            if (FileStatus.Of(full).Kind == FileKind.Missing)
                throw new ConfigurationException($"--config: the configuration file '{path}' does not exist.");
            explicitFile = Load(full);
        }
    }

    public IReadOnlyList<CommandLineRule> CommandLineRules { get; }

    /// <summary>Every configuration file and preset read so far, for checks that need the rules' descriptors.</summary>
    public IReadOnlyCollection<ConfigFile> LoadedFiles => files.Values;

    /// <exception cref="ConfigurationException">A configuration that applies to the file is broken.</exception>
    public ResolvedConfiguration Resolve(string planPath)
    {
        string full = Path.GetFullPath(planPath);
        return ResolveCore(Path.GetDirectoryName(full)!, full);
    }

    /// <summary>The configuration for a folder as a whole (no overrides apply), e.g. for <c>planlint rules</c>.</summary>
    public ResolvedConfiguration ResolveForFolder(string folder) => ResolveCore(Path.GetFullPath(folder), planPath: null);

    private ResolvedConfiguration ResolveCore(string folder, string? planPath)
    {
        var builder = new EffectiveSettings();
        foreach (var file in explicitFile is not null ? [explicitFile] : Discover(folder))
            Apply(file, planPath, builder, []);
        foreach (var rule in CommandLineRules)
            builder.SetSeverity(rule.RuleId, rule.Severity, new ConfigSource("--rule " + rule.Text));
        if (commandLineMaxFileSize is { } bytes)
            builder.SetMaxFileBytes(bytes, new ConfigSource("--max-file-size"));
        return builder.Build();
    }

    private void Apply(ConfigFile file, string? planPath, EffectiveSettings builder, List<string> extending)
    {
        extending.Add(file.Path);
        foreach (var reference in file.Extends)
        {
            var extended = LoadExtended(file, reference);
            if (extending.Contains(extended.Path, StringComparer.Ordinal))
                throw new ConfigurationException($"\"extends\" goes round in a circle: {string.Join(" -> ", extending.Append(extended.Path).Select(Path.GetFileName))}.", reference.Location);
            Apply(extended, planPath, builder, extending);
        }

        extending.RemoveAt(extending.Count - 1);
        builder.AddFile(file.Path);
        builder.Apply(file.Settings, "");
        builder.AddPacks(file.Packs);
        if (file.MaxFileSize is { } size)
            builder.SetMaxFileBytes(size.Bytes, new ConfigSource("", size.Location));
        if (file.RedactPlanText is { } redact)
            builder.SetRedactPlanText(redact.Value, new ConfigSource("", redact.Location));
        if (planPath is null) return;
        foreach (var entry in file.Overrides)
        {
            if (OverrideApplies(entry, planPath))
                builder.Apply(entry.Settings, "override for " + string.Join(", ", entry.Globs));
        }
    }

    private IReadOnlyList<ConfigFile> Discover(string folder)
    {
        if (chains.TryGetValue(folder, out var cached))
            return cached;
        var found = new List<ConfigFile>();
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, FileName);
            if (FileStatus.Of(candidate).Kind is FileKind.Missing or FileKind.Directory) continue;
            var file = Load(candidate);
            found.Add(file);
            if (file.Root) break;
        }

        found.Reverse();
        return chains[folder] = found;
    }

    /// <summary>
    /// Why the configuration that applies to <paramref name="planPath"/> leaves it out ("exclude" matches it, or an
    /// "include" does not), or null when it is linted. Every configuration file that applies has its say.
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration that applies to the file is broken.</exception>
    public (string Setting, SourceLocation Location)? ExcludedBy(string planPath)
    {
        string full = Path.GetFullPath(planPath);
        var chain = explicitFile is not null ? [explicitFile] : Discover(Path.GetDirectoryName(full)!);
        foreach (var file in chain)
        {
            if (file.Exclude is { } exclude && GlobsMatch(exclude.Globs, exclude.Directory, full))
                return ("exclude", exclude.Location);
            if (file.Include is { } include && !GlobsMatch(include.Globs, include.Directory, full))
                return ("include", include.Location);
        }

        return null;
    }

    private Dictionary<IReadOnlyList<string>, Matcher>? globMatchers;

    private Matcher GlobMatcher(IReadOnlyList<string> globs)
    {
        globMatchers ??= new(ReferenceEqualityComparer.Instance);
        if (!globMatchers.TryGetValue(globs, out var matcher))
            globMatchers[globs] = matcher = CreateMatcher(globs);
        return matcher;
    }

    // The JIT loads FileSystemGlobbing when it compiles a method whose body names one of its types: the methods above,
    // which run for every plan, name none and call these two, which run only where a configuration has globs.
    private bool GlobsMatch(IReadOnlyList<string> globs, string folder, string path) => GlobMatcher(globs).Match(folder, path).HasMatches;

    private bool OverrideApplies(ConfigOverride entry, string path) => MatcherFor(entry).Match(entry.Directory, path).HasMatches;

    /// <summary>A matcher for globs relative to a folder; as in .editorconfig, a glob without a slash matches the file name in any folder.</summary>
    public static Matcher CreateMatcher(IEnumerable<string> globs)
    {
        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        foreach (var glob in globs)
        {
            string pattern = glob.Replace('\\', '/');
            if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
            matcher.AddInclude(pattern.Contains('/', StringComparison.Ordinal) ? pattern.TrimStart('/') : "**/" + pattern);
        }

        return matcher;
    }

    private ConfigFile LoadExtended(ConfigFile file, ConfigReference reference)
    {
        string value = reference.Value;
        if (ConfigFileReader.PresetNames.Contains(value, StringComparer.Ordinal))
        {
            string key = ConfigFileReader.PresetPath(value);
            if (!files.TryGetValue(key, out var preset))
                files[key] = preset = ConfigFileReader.ReadPreset(value);
            return preset;
        }

        bool looksLikePath = value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal)
            || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (!looksLikePath)
        {
            string presets = string.Join(", ", ConfigFileReader.PresetNames.Select(p => $"\"{p}\""));
            string hint = Spelling.Nearest(value, ConfigFileReader.PresetNames) is { } near ? $"did you mean \"{near}\"? " : "";
            throw new ConfigurationException($"Unknown preset \"{Excerpt.Of(value)}\" in \"extends\"; {hint}Presets are {presets}; to extend a file, give its path, e.g. \"./base.json\".", reference.Location);
        }

        if (file.Directory is null)
            throw new ConfigurationException("A preset cannot extend a file.", reference.Location);
        string full = Path.GetFullPath(Path.Combine(file.Directory, value));
        if (FileStatus.Of(full).Kind == FileKind.Missing)
            throw new ConfigurationException($"\"extends\" names '{value}', which does not exist.", reference.Location);
        if (!files.TryGetValue(full, out var extended))
            files[full] = extended = ConfigFileReader.ReadExtended(full, reference);
        return extended;
    }

    private ConfigFile Load(string fullPath)
    {
        if (!files.TryGetValue(fullPath, out var file))
            files[fullPath] = file = ConfigFileReader.Read(fullPath);
        return file;
    }

    private Matcher MatcherFor(ConfigOverride entry)
    {
        matchers ??= new(ReferenceEqualityComparer.Instance);
        if (matchers.TryGetValue(entry, out var matcher))
            return matcher;
        return matchers[entry] = CreateMatcher(entry.Globs);
    }

    /// <summary>The settings so far, each with its source; later calls win.</summary>
    private sealed class EffectiveSettings
    {
        private readonly RuleSeverityMap ruleSeverities = new();
        private readonly Dictionary<string, ConfigSource> ruleSources = new(StringComparer.Ordinal);
        private readonly CategoryMap<Severity> categorySeverities = new();
        private readonly CategoryMap<ConfigSource> categorySources = new();
        private readonly Dictionary<string, Dictionary<string, (JsonElement Value, ConfigSource Source)>> options = new(StringComparer.Ordinal);
        private readonly List<PackReference> packs = [];
        private readonly List<string> files = [];

        public void AddFile(string path)
        {
            files.Remove(path);
            files.Add(path);
        }

        public void AddPacks(IEnumerable<PackReference> named) =>
            packs.AddRange(named.Where(p => !packs.Any(q => string.Equals(q.Path, p.Path, StringComparison.Ordinal))));

        private (long Bytes, ConfigSource Source)? maxFileBytes;

        public void SetMaxFileBytes(long bytes, ConfigSource source) => maxFileBytes = (bytes, source);

        private (bool Value, ConfigSource Source)? redactPlanText;

        public void SetRedactPlanText(bool value, ConfigSource source) => redactPlanText = (value, source);

        public void SetSeverity(string ruleId, Severity severity, ConfigSource source)
        {
            ruleSeverities.Set(ruleId, severity);
            ruleSources[ruleId] = source;
        }

        public void Apply(ConfigSettings settings, string description)
        {
            foreach (var rule in settings.Rules)
            {
                if (rule.Severity is { } severity)
                    SetSeverity(rule.RuleId, severity, new ConfigSource(description, rule.Location));
                foreach (var (name, value) in rule.Options ?? new Dictionary<string, JsonElement>())
                {
                    if (!options.TryGetValue(rule.RuleId, out var values))
                        options[rule.RuleId] = values = new Dictionary<string, (JsonElement, ConfigSource)>(StringComparer.Ordinal);
                    values[name] = (value, new ConfigSource(description, rule.LocateOption(JsonPointers.Append("", name))));
                }
            }

            foreach (var category in settings.Categories)
            {
                categorySeverities.Set(category.Category, category.Severity);
                categorySources.Set(category.Category, new ConfigSource(description, category.Location));
            }
        }

        public ResolvedConfiguration Build()
        {
            // A loop over the rules, not ToDictionary: LINQ over a dictionary's KeyValuePairs (value types) is JIT-compiled at
            // every start of the ReadyToRun build, and this runs for every plan. Only a rule with options set builds its own.
            var ruleOptions = new Dictionary<string, RuleOptions>(StringComparer.Ordinal);
            var optionSources = new Dictionary<string, IReadOnlyDictionary<string, ConfigSource>>(StringComparer.Ordinal);
            foreach (var (ruleId, values) in options)
            {
                ruleOptions[ruleId] = new RuleOptions(values.ToDictionary(v => v.Key, v => v.Value.Value, StringComparer.Ordinal));
                optionSources[ruleId] = values.ToDictionary(v => v.Key, v => v.Value.Source, StringComparer.Ordinal);
            }

            return Build(ruleOptions, optionSources);
        }

        private ResolvedConfiguration Build(Dictionary<string, RuleOptions> ruleOptions, Dictionary<string, IReadOnlyDictionary<string, ConfigSource>> optionSources) => new()
        {
            Options = new AnalysisOptions
            {
                RuleSeverities = new RuleSeverityMap(ruleSeverities),
                CategorySeverities = new CategoryMap<Severity>(categorySeverities),
                RuleOptions = ruleOptions,
            },
            Packs = [.. packs],
            MaxFileBytes = maxFileBytes?.Bytes,
            MaxFileBytesSource = maxFileBytes?.Source,
            RedactPlanText = redactPlanText?.Value ?? false,
            RedactPlanTextSource = redactPlanText?.Source,
            Files = [.. Enumerable.Reverse(files)],
            RuleSeveritySources = new Dictionary<string, ConfigSource>(ruleSources, StringComparer.Ordinal),
            CategorySeveritySources = new CategoryMap<ConfigSource>(categorySources),
            OptionSources = optionSources,
        };
    }
}
