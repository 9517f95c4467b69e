using System.Text.Json.Nodes;

namespace PlanLint.Analysis;

/// <summary>The JSON schema of a rule's "options" object, derived from its declared <see cref="RuleOption"/>s.</summary>
public static class RuleOptionSchemas
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>An object schema with one property per option and no others; <paramref name="withDialect"/> adds "$schema" for a schema that stands alone.</summary>
    public static JsonObject For(IReadOnlyList<RuleOption> options, bool withDialect = true)
    {
        var duplicate = options.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"The option \"{duplicate.Key}\" is declared more than once.", nameof(options));

        var properties = new JsonObject();
        foreach (var option in options)
            properties[option.Name] = option.ToSchema();
        var schema = new JsonObject();
        if (withDialect) schema["$schema"] = Dialect;
        schema["type"] = "object";
        schema["additionalProperties"] = false;
        schema["properties"] = properties;
        return schema;
    }
}
