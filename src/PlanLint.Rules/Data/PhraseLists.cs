using System.Collections.Concurrent;
using System.Text.Json;
using PlanLint.Text;

namespace PlanLint.Rules.Data;

/// <summary>The phrase lists of rules/data, embedded in this assembly and loaded on first use.</summary>
public static class PhraseLists
{
    public const string VagueTargetDates = "vague-target-dates";

    private static readonly ConcurrentDictionary<string, Lazy<PhraseList>> Cache = new(StringComparer.Ordinal);

    public static PhraseList Get(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<PhraseList>(() => Load(n))).Value;

    /// <summary>Names of every embedded list.</summary>
    public static IReadOnlyList<string> Names =>
        [.. typeof(PhraseLists).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith("rules.data.", StringComparison.Ordinal) && r.EndsWith(".json", StringComparison.Ordinal))
            .Select(r => r["rules.data.".Length..^".json".Length])
            .Order(StringComparer.Ordinal)];

    public static string RawJson(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static PhraseList Load(string name)
    {
        using var stream = Open(name);
        using var document = JsonDocument.Parse(stream);
        var phrases = document.RootElement.GetProperty("phrases").EnumerateArray().Select(p => p.GetString()!).ToList();
        return new PhraseList(name, phrases);
    }

    private static Stream Open(string name) =>
        typeof(PhraseLists).Assembly.GetManifestResourceStream($"rules.data.{name}.json")
        ?? throw new InvalidOperationException($"No phrase list named '{name}' is embedded in PlanLint.Rules.");
}

/// <summary>A named list of phrases and its matcher.</summary>
public sealed class PhraseList(string name, IReadOnlyList<string> phrases)
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Phrases { get; } = phrases;
    public PhraseMatcher Matcher { get; } = new(phrases);
}
