using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using PlanLint.Diagnostics;
using PlanLint.Json;
using PlanLint.Text;

namespace PlanLint.Configuration;

/// <summary>
/// The checks that need the rules themselves, so run once the rule packs are loaded: every rule id a configuration
/// names must exist, and each rule's options must match the schema its descriptor declares.
/// </summary>
public static class RuleSettingsCheck
{
    private static readonly ConcurrentDictionary<string, SchemaCheck> OptionSchemas = new(StringComparer.Ordinal);

    /// <exception cref="ConfigurationException">The first unknown rule id or invalid option, at its location.</exception>
    public static void Check(ConfigurationResolver resolver, IReadOnlyList<RuleDescriptor> descriptors)
    {
        var byId = descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var rule in resolver.CommandLineRules)
        {
            if (!IsKnown(rule.RuleId, byId))
                throw new ConfigurationException($"--rule \"{Excerpt.Of(rule.Text)}\" names an unknown rule{Suggest(rule.RuleId, byId)}");
            if (CannotConfigure(rule.RuleId) is { } why)
                throw new ConfigurationException($"--rule \"{Excerpt.Of(rule.Text)}\": {why}");
        }

        var settings = resolver.LoadedFiles
            .SelectMany(f => f.Settings.Rules.Concat(f.Overrides.SelectMany(o => o.Settings.Rules)))
            .OrderBy(s => s.Location.Path, StringComparer.Ordinal).ThenBy(s => s.Location.Line).ThenBy(s => s.Location.Column);
        foreach (var setting in settings)
        {
            if (!IsKnown(setting.RuleId, byId))
                throw new ConfigurationException($"Unknown rule \"{Excerpt.Of(setting.RuleId)}\" in \"rules\"{Suggest(setting.RuleId, byId)}", setting.Location);
            if (CannotConfigure(setting.RuleId) is { } why)
                throw new ConfigurationException($"\"rules\" sets {setting.RuleId}, but {why}", setting.Location);
            if (setting.Options is { } options && byId.TryGetValue(setting.RuleId, out var descriptor))
                CheckOptions(setting, options, descriptor);
        }
    }

    private static void CheckOptions(RuleSetting setting, IReadOnlyDictionary<string, JsonElement> options, RuleDescriptor descriptor)
    {
        if (descriptor.OptionsSchema is not { } schemaText)
        {
            if (options.Count == 0) return;
            throw new ConfigurationException($"Rule {descriptor.Id} has no options, but \"options\" gives {string.Join(", ", options.Keys.Select(k => $"\"{Excerpt.Of(k)}\""))}.", setting.LocateOption(""));
        }

        var schema = OptionSchemas.GetOrAdd(descriptor.Id + "\n" + schemaText, _ => new SchemaCheck(schemaText, $"options schema of {descriptor.Id}"));
        using var document = ToDocument(options);
        string Describe(string pointer) => pointer.Length == 0
            ? $"the options of {descriptor.Id}"
            : $"option {SchemaCheck.DescribeAsPath(pointer)} of {descriptor.Id}";
        var violation = schema.Check(document.RootElement, Describe).FirstOrDefault();
        if (violation is not null)
            throw new ConfigurationException(violation.Message, setting.LocateOption(violation.Pointer, violation.AtName));
    }

    private static JsonDocument ToDocument(IReadOnlyDictionary<string, JsonElement> options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in options)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    /// <summary>
    /// Why a finding cannot be configured, or null when it can: a setting that would be accepted and change nothing is
    /// refused instead.
    /// </summary>
    public static string? CannotConfigure(string id) => id switch
    {
        RuleIds.InvalidPlan => "PL0001 reports a file that cannot be read as a plan, or does not match the schema, and cannot be configured: "
            + "a plan that was not read cannot be checked. What a reader could not tell for certain from a document is reported by the "
            + "Reading rules (PL0002, PL8001-PL8006; category \"Reading\"), which can be.",
        RuleIds.AnalyzerFailure => "PL9999 reports a rule that failed while checking a plan and cannot be configured; turn the failing rule off instead.",
        _ => null,
    };

    /// <summary>A rule id is known when a loaded rule, a built-in one or a pack's, declares it.</summary>
    private static bool IsKnown(string id, Dictionary<string, RuleDescriptor> byId) => byId.ContainsKey(id);

    private static string Suggest(string id, Dictionary<string, RuleDescriptor> byId) =>
        Spelling.Nearest(id, byId.Keys) is { } near ? $"; did you mean \"{near}\"?" : ".";
}
