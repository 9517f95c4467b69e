using System.Text.Json;
using PlanLint.Diagnostics;
using PlanLint.Json;
using PlanLint.Text;

namespace PlanLint.Configuration;

/// <summary>Reads one planlint.json (or an embedded preset), checks it against schema/planlint-config.schema.json and builds a <see cref="ConfigFile"/>.</summary>
public static class ConfigFileReader
{
    private const string PresetResourcePrefix = "preset.";

    private static readonly Lazy<SchemaCheck> Schema = new(() =>
        SchemaCheck.FromResource(typeof(ConfigFileReader).Assembly, "planlint-config.schema.json", "planlint.json schema"));

    /// <summary>The names of the embedded presets, e.g. "recommended" and "strict".</summary>
    public static IReadOnlyList<string> PresetNames { get; } =
        [.. typeof(ConfigFileReader).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(PresetResourcePrefix, StringComparison.Ordinal) && r.EndsWith(".json", StringComparison.Ordinal))
            .Select(r => r[PresetResourcePrefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal)];

    public static ConfigFile Read(string fullPath) =>
        Parse(fullPath, ConfigurationFiles.Read(fullPath, "configuration file"), Path.GetDirectoryName(fullPath)!);

    /// <summary>
    /// Reads a file named by "extends". A committed planlint.json could name any file the run can read (a key, a
    /// secret), so a file that is not a configuration is refused without quoting a byte or a key of it: only files
    /// that are JSON objects whose every top-level property is a configuration property get their own messages.
    /// </summary>
    /// <exception cref="ConfigurationException">The file is missing, not a configuration, or a broken one.</exception>
    public static ConfigFile ReadExtended(string fullPath, ConfigReference reference)
    {
        var content = ConfigurationFiles.Read(fullPath, "configuration file");
        string notConfiguration = $"\"extends\" names '{reference.Value}', which is not a PlanLint configuration file";
        if (!JsonSource.TryParse(fullPath, content, out var source, out _, out _))
            throw new ConfigurationException(notConfiguration + " (it is not JSON).", reference.Location);
        if (source.Root.ValueKind != JsonValueKind.Object)
            throw new ConfigurationException(notConfiguration + " (it is not a JSON object).", reference.Location);
        var known = Schema.Value.TopLevelProperties;
        if (source.Root.EnumerateObject().Any(p => !known.Contains(p.Name)))
            throw new ConfigurationException(notConfiguration + " (it has properties a configuration does not).", reference.Location);
        return Parse(fullPath, content, Path.GetDirectoryName(fullPath)!);
    }

    public static ConfigFile ReadPreset(string name)
    {
        using var stream = typeof(ConfigFileReader).Assembly.GetManifestResourceStream(PresetResourcePrefix + name + ".json")
            ?? throw new InvalidOperationException($"No preset named '{name}' is embedded in PlanLint.Core.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(PresetPath(name), buffer.ToArray(), directory: null);
    }

    public static string PresetPath(string name) => $"preset \"{name}\"";

    /// <summary>Parses configuration text; <paramref name="directory"/> is where relative paths in it start (null for a preset).</summary>
    public static ConfigFile Parse(string path, ReadOnlyMemory<byte> content, string? directory)
    {
        var source = ConfigurationFiles.ParseJson(path, content);
        if (source.Root.ValueKind != JsonValueKind.Object)
            throw new ConfigurationException("A configuration file must hold a JSON object, e.g. { \"rules\": { \"PL2002\": \"warning\" } }.", source.Locate(""));
        if (source.FirstViolation(Schema.Value, Describe, PatternHint) is { } violation)
            throw new ConfigurationException(violation.Message, violation.Location);

        var root = source.Root;
        return new ConfigFile
        {
            Path = path,
            Directory = directory,
            Root = root.TryGetProperty("root", out var isRoot) && isRoot.ValueKind == JsonValueKind.True,
            Extends = Extends(source),
            Settings = Settings(source, root, ""),
            Packs = Packs(source, directory),
            Overrides = Overrides(source, directory),
            Include = Globs(source, "include", directory),
            Exclude = Globs(source, "exclude", directory),
            MaxFileSize = MaxFileSize(source),
            RedactPlanText = root.TryGetProperty("redactPlanText", out var redact) && redact.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? new FlagSetting(redact.GetBoolean(), source.Locate("/redactPlanText"))
                : null,
        };
    }

    private static FileSizeSetting? MaxFileSize(JsonSource source)
    {
        if (!source.Root.TryGetProperty("maxFileSize", out var value))
            return null;
        var location = source.Locate("/maxFileSize");
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long count))
            return new FileSizeSetting(count, location);
        if (value.ValueKind != JsonValueKind.String || !ByteSizes.TryParse(value.GetString() ?? "", out long bytes))
            throw new ConfigurationException($"\"maxFileSize\" must be more than zero, e.g. \"50 MB\".", location);
        return new FileSizeSetting(bytes, location);
    }

    private static string? PatternHint(string property) =>
        property == "maxFileSize" ? "it must be a size such as \"50 MB\", \"512 KB\" or \"1 GB\", or a number of bytes" : null;

    private static string Describe(string pointer)
    {
        if (pointer.Length == 0) return "the configuration";
        // A rule's options read as RuleSettingsCheck words them for rules whose options only the rule itself knows.
        var segments = JsonPointers.Segments(pointer);
        int options = segments.Count >= 3 && segments[^1] == "options" ? segments.Count - 1 : segments.Count >= 4 && segments[^2] == "options" ? segments.Count - 2 : -1;
        if (options >= 2 && segments[options - 2] == "rules")
        {
            string rule = segments[options - 1];
            return options == segments.Count - 1 ? $"the options of {rule}" : $"option \"{segments[^1]}\" of {rule}";
        }

        return SchemaCheck.DescribeAsPath(pointer);
    }

    private static List<ConfigReference> Extends(JsonSource source)
    {
        if (!source.Root.TryGetProperty("extends", out var extends))
            return [];
        if (extends.ValueKind == JsonValueKind.String)
            return [new ConfigReference(extends.GetString()!, source.Locate("/extends"))];
        return [.. extends.EnumerateArray().Select((e, i) => new ConfigReference(e.GetString()!, source.Locate(JsonPointers.Append("/extends", i))))];
    }

    private static List<PackReference> Packs(JsonSource source, string? directory)
    {
        if (!source.Root.TryGetProperty("packs", out var packs))
            return [];
        var list = new List<PackReference>();
        int i = 0;
        foreach (var pack in packs.EnumerateArray())
        {
            var location = source.Locate(JsonPointers.Append("/packs", i++));
            if (directory is null)
                throw new ConfigurationException("A preset cannot load rule packs.", location);
            string name = pack.GetString()!;
            list.Add(new PackReference(Path.GetFullPath(Path.Combine(directory, name)), location, name));
        }

        return list;
    }

    private static FileGlobs? Globs(JsonSource source, string property, string? directory)
    {
        if (!source.Root.TryGetProperty(property, out var value))
            return null;
        var location = source.Locate("/" + property);
        if (directory is null)
            throw new ConfigurationException($"A preset cannot say which files to {property}.", location);
        IReadOnlyList<string> globs = value.ValueKind == JsonValueKind.String ? [value.GetString()!] : [.. value.EnumerateArray().Select(f => f.GetString()!)];
        return new FileGlobs(globs, directory, location);
    }

    private static List<ConfigOverride> Overrides(JsonSource source, string? directory)
    {
        if (!source.Root.TryGetProperty("overrides", out var overrides))
            return [];
        var list = new List<ConfigOverride>();
        int i = 0;
        foreach (var entry in overrides.EnumerateArray())
        {
            string pointer = JsonPointers.Append("/overrides", i++);
            var location = source.Locate(pointer);
            if (directory is null)
                throw new ConfigurationException("A preset cannot have overrides.", location);
            var files = entry.GetProperty("files");
            IReadOnlyList<string> globs = files.ValueKind == JsonValueKind.String ? [files.GetString()!] : [.. files.EnumerateArray().Select(f => f.GetString()!)];
            list.Add(new ConfigOverride(globs, directory, Settings(source, entry, pointer), location));
        }

        return list;
    }

    private static ConfigSettings Settings(JsonSource source, JsonElement node, string pointer)
    {
        var rules = new List<RuleSetting>();
        if (node.TryGetProperty("rules", out var ruleObject))
        {
            foreach (var rule in ruleObject.EnumerateObject())
            {
                string rulePointer = JsonPointers.Append(JsonPointers.Append(pointer, "rules"), rule.Name);
                Severity? severity = null;
                Dictionary<string, JsonElement>? options = null;
                if (rule.Value.ValueKind == JsonValueKind.String)
                {
                    severity = ParseSeverity(rule.Value);
                }
                else
                {
                    if (rule.Value.TryGetProperty("severity", out var s)) severity = ParseSeverity(s);
                    if (rule.Value.TryGetProperty("options", out var o))
                        options = o.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
                }

                rules.Add(new RuleSetting(rule.Name, severity, options, source.LocateName(rulePointer), source, rulePointer));
            }
        }

        var categories = new List<CategorySetting>();
        if (node.TryGetProperty("categories", out var categoryObject))
        {
            foreach (var category in categoryObject.EnumerateObject())
            {
                if (!RuleCategoryNames.TryParse(category.Name, out var parsed))
                    continue; // the schema lists every category, so this cannot happen
                string categoryPointer = JsonPointers.Append(JsonPointers.Append(pointer, "categories"), category.Name);
                categories.Add(new CategorySetting(parsed, ParseSeverity(category.Value), source.LocateName(categoryPointer)));
            }
        }

        return new ConfigSettings(rules, categories);
    }

    private static Severity ParseSeverity(JsonElement value) =>
        SeverityNames.TryParse(value.GetString(), out var severity) ? severity : Severity.None;
}
