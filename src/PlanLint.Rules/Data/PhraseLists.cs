using System.Collections.Concurrent;
using System.Text.Json;
using PlanLint.Text;

namespace PlanLint.Rules.Data;

/// <summary>The phrase lists of rules/data, embedded in this assembly and loaded on first use.</summary>
public static class PhraseLists
{
    public const string VagueTargetDates = "vague-target-dates";
    public const string TargetStatuses = "target-statuses";
    public const string TargetStartWords = "target-start-words";
    public const string TargetDeadlineWords = "target-deadline-words";
    public const string GenericOwners = "generic-owners";
    public const string OrganisationNameEndings = "organisation-name-endings";
    public const string PostTitles = "post-titles";
    public const string ActionTenseMarkers = "action-tense-markers";
    public const string ReasonMarkers = "reason-markers";
    public const string ReasonCategories = "reason-categories";

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
        var root = document.RootElement;
        var entries = root.GetProperty("phrases").EnumerateArray()
            .Select(p => p.ValueKind == JsonValueKind.String
                ? new PhraseEntry(p.GetString()!, null)
                : new PhraseEntry(p.GetProperty("phrase").GetString()!, p.GetProperty("category").GetString()))
            .ToList();
        var categories = root.TryGetProperty("categories", out var c)
            ? c.EnumerateObject().Select(p => p.Name).ToList()
            : [];
        return new PhraseList(name, entries, categories);
    }

    private static Stream Open(string name) =>
        typeof(PhraseLists).Assembly.GetManifestResourceStream($"rules.data.{name}.json")
        ?? throw new InvalidOperationException($"No phrase list named '{name}' is embedded in PlanLint.Rules.");
}

/// <summary>A phrase of a list and, in a categorised list, its category.</summary>
public sealed record PhraseEntry(string Phrase, string? Category);

/// <summary>A named list of phrases and its matcher.</summary>
public sealed class PhraseList
{
    private readonly Dictionary<string, string> categoryByPhrase;

    public PhraseList(string name, IReadOnlyList<string> phrases)
        : this(name, [.. phrases.Select(p => new PhraseEntry(p, null))], [])
    {
    }

    public PhraseList(string name, IReadOnlyList<PhraseEntry> entries, IReadOnlyList<string> categories)
    {
        Name = name;
        Entries = entries;
        Phrases = [.. entries.Select(e => e.Phrase)];
        Categories = categories;
        Matcher = new PhraseMatcher(Phrases);
        categoryByPhrase = entries.Where(e => e.Category is not null)
            .GroupBy(e => e.Phrase, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Category!, StringComparer.Ordinal);
    }

    public string Name { get; }
    public IReadOnlyList<string> Phrases { get; }
    public IReadOnlyList<PhraseEntry> Entries { get; }

    /// <summary>The categories the list declares; empty for an uncategorised list.</summary>
    public IReadOnlyList<string> Categories { get; }
    public PhraseMatcher Matcher { get; }

    /// <summary>The category of a phrase as returned in <see cref="PhraseMatch.Phrase"/>, or null.</summary>
    public string? CategoryOf(string phrase) => categoryByPhrase.GetValueOrDefault(phrase);
}
