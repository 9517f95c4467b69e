using System.Collections.Concurrent;
using System.Text.Json;
using PlanLint.Rules.Language;
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
    public const string StandingConditions = "standing-conditions";
    public const string ReasonMarkers = "reason-markers";
    public const string ReasonCategories = "reason-categories";
    public const string StopWords = "stop-words";
    public const string GenericPlanWords = "generic-plan-words";
    public const string WeakCommitments = "weak-commitments";
    public const string ReviewVerbs = "review-verbs";
    public const string ReviewOutcomes = "review-outcomes";
    public const string ReviewResults = "review-results";
    public const string ImprovementPromises = "improvement-promises";
    public const string MeasureMarkers = "measure-markers";
    public const string MonitoringForums = "monitoring-forums";
    public const string MonitoringWords = "monitoring-words";
    public const string Deliverables = "deliverables";
    public const string ExternalDependencies = "external-dependencies";
    public const string StepMarkers = "step-markers";
    public const string FollowUpSubjects = "follow-up-subjects";
    public const string FollowUpVerbs = "follow-up-verbs";
    public const string ReviewCarrierVerbs = "review-carrier-verbs";
    public const string Parties = "parties";
    public const string DiscretionaryConditions = "discretionary-conditions";
    public const string OutsideDecisions = "outside-decisions";
    public const string VagueDegrees = "vague-degrees";

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
        var exceptions = root.TryGetProperty("exceptions", out var e)
            ? e.EnumerateArray().Select(p => p.GetString()!).ToList()
            : [];
        return new PhraseList(name, entries, categories, exceptions);
    }

    private static Stream Open(string name) =>
        typeof(PhraseLists).Assembly.GetManifestResourceStream($"rules.data.{name}.json")
        ?? throw new InvalidOperationException($"No phrase list named '{name}' is embedded in PlanLint.Rules.");
}

/// <summary>A phrase of a list and, in a categorised list, its category.</summary>
public sealed record PhraseEntry(string Phrase, string? Category);

/// <summary>A named list of phrases, its matcher, and (optionally) categories and exceptions.</summary>
public sealed class PhraseList
{
    private readonly Dictionary<string, string> categoryByPhrase;
    private readonly Lazy<PhraseMatcher> withExceptions;
    private readonly Lazy<HashSet<string>> exceptionSet;
    private readonly Lazy<HashSet<string>> words;
    private readonly Lazy<HashSet<string>> stems;

    public PhraseList(string name, IReadOnlyList<string> phrases, IReadOnlyList<string>? exceptions = null)
        : this(name, [.. phrases.Select(p => new PhraseEntry(p, null))], [], exceptions)
    {
    }

    public PhraseList(string name, IReadOnlyList<PhraseEntry> entries, IReadOnlyList<string> categories, IReadOnlyList<string>? exceptions = null)
    {
        Name = name;
        Entries = entries;
        Phrases = [.. entries.Select(e => e.Phrase)];
        Categories = categories;
        Exceptions = exceptions ?? [];
        Matcher = new PhraseMatcher(Phrases);
        categoryByPhrase = entries.Where(e => e.Category is not null)
            .GroupBy(e => e.Phrase, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Category!, StringComparer.Ordinal);
        withExceptions = new(() => new PhraseMatcher([.. Phrases, .. Exceptions]));
        exceptionSet = new(() => Exceptions.ToHashSet(StringComparer.Ordinal));
        words = new(() => OneWordPhrases().ToHashSet(StringComparer.Ordinal));
        stems = new(() => OneWordPhrases().Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal));
    }

    public string Name { get; }
    public IReadOnlyList<string> Phrases { get; }
    public IReadOnlyList<PhraseEntry> Entries { get; }

    /// <summary>The categories the list declares; empty for an uncategorised list.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Longer phrases that contain a listed phrase but must not count as a match.</summary>
    public IReadOnlyList<string> Exceptions { get; }
    public PhraseMatcher Matcher { get; }

    /// <summary>The category of a phrase as returned in <see cref="PhraseMatch.Phrase"/>, or null.</summary>
    public string? CategoryOf(string phrase) => categoryByPhrase.GetValueOrDefault(phrase);

    /// <summary>Matches of the list in the text, leaving out any that fall inside an exception.</summary>
    public IReadOnlyList<PhraseMatch> Find(IReadOnlyList<WordToken> tokens)
    {
        if (Exceptions.Count == 0) return Matcher.Matches(tokens);

        var all = withExceptions.Value.Matches(tokens);
        var insideException = new bool[tokens.Count];
        foreach (var m in all)
        {
            if (!exceptionSet.Value.Contains(m.Phrase)) continue;
            insideException.AsSpan(m.TokenIndex, m.TokenCount).Fill(true);
        }

        var found = new List<PhraseMatch>(all.Count);
        foreach (var m in all)
        {
            if (!exceptionSet.Value.Contains(m.Phrase) && !insideException.AsSpan(m.TokenIndex, m.TokenCount).Contains(true))
                found.Add(m);
        }

        return found;
    }

    public IReadOnlyList<PhraseMatch> Find(string text) => Find(WordTokenizer.Tokenize(text));

    /// <summary>Whether a word (lower-cased as <see cref="WordTokenizer"/> does) is one of the list's one-word phrases.</summary>
    public bool ContainsWord(string normalizedWord) => words.Value.Contains(normalizedWord);

    /// <summary>Whether a word has the same stem as one of the list's one-word phrases ("reviewed" for "review").</summary>
    public bool ContainsStemOf(string normalizedWord) => stems.Value.Contains(LightStemmer.Stem(normalizedWord));

    private IEnumerable<string> OneWordPhrases() =>
        Phrases.Select(p => WordTokenizer.Tokenize(p)).Where(t => t.Count == 1).Select(t => t[0].Normalized);
}
