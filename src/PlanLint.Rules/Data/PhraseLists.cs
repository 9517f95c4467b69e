using System.Collections.Concurrent;
using System.Reflection;
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
    public const string OrganisationNouns = "organisation-nouns";
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

    private static readonly Assembly Embedded = typeof(PhraseLists).Assembly;

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

    /// <summary>Reads a list in one forward pass over its bytes (no document object): every run that lints reads most of them.</summary>
    private static PhraseList Load(string name)
    {
        byte[] utf8;
        using (var stream = Open(name))
        {
            utf8 = new byte[stream.Length];
            stream.ReadExactly(utf8);
        }

        var reader = new Utf8JsonReader(utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8.AsSpan(3) : utf8);
        var entries = new List<PhraseEntry>();
        var categories = new List<string>();
        var exceptions = new List<string>();
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("phrases"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    entries.Add(reader.TokenType == JsonTokenType.String ? new PhraseEntry(Text(ref reader, name), null) : CategorisedPhrase(ref reader, name));
            }
            else if (reader.ValueTextEquals("categories"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    categories.Add(Text(ref reader, name));
                    reader.Read();
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("exceptions"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.String)
                    exceptions.Add(Text(ref reader, name));
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new PhraseList(name, entries, categories, exceptions);
    }

    /// <summary>An entry of a categorised list: <c>{ "phrase": ..., "category": ... }</c>.</summary>
    private static PhraseEntry CategorisedPhrase(ref Utf8JsonReader reader, string name)
    {
        string? phrase = null, category = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isPhrase = reader.ValueTextEquals("phrase"u8), isCategory = reader.ValueTextEquals("category"u8);
            reader.Read();
            if (isPhrase) phrase = Text(ref reader, name);
            else if (isCategory) category = Text(ref reader, name);
            else reader.Skip();
        }

        return new PhraseEntry(
            phrase ?? throw new InvalidOperationException($"An entry of phrase list '{name}' has no phrase."),
            category ?? throw new InvalidOperationException($"The entry '{phrase}' of phrase list '{name}' has no category."));
    }

    private static string Text(ref Utf8JsonReader reader, string name) =>
        reader.GetString() ?? throw new InvalidOperationException($"Phrase list '{name}' has a null where text belongs.");

    private static Stream Open(string name) =>
        Embedded.GetManifestResourceStream($"rules.data.{name}.json")
        ?? throw new InvalidOperationException($"No phrase list named '{name}' is embedded in PlanLint.Rules.");
}

/// <summary>A phrase of a list and, in a categorised list, its category.</summary>
public sealed record PhraseEntry(string Phrase, string? Category);

/// <summary>A named list of phrases, its matcher, and (optionally) categories and exceptions.</summary>
public sealed class PhraseList
{
    private readonly Dictionary<string, string> categoryByPhrase;
    private readonly Lazy<PhraseMatcher> matcher;
    private readonly Lazy<PhraseMatcher> withExceptions;
    private readonly Lazy<HashSet<string>> exceptionSet;
    private readonly Lazy<List<string>> oneWordPhrases;
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
        var phrases = new string[entries.Count];
        for (int i = 0; i < phrases.Length; i++) phrases[i] = entries[i].Phrase;
        Phrases = phrases;
        Categories = categories;
        Exceptions = exceptions ?? [];
        // The matchers are built on first use: a list used only for its words, or only with its exceptions, never needs the plain one.
        matcher = new(() => new PhraseMatcher(Phrases));
        categoryByPhrase = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (entry.Category is { } category) categoryByPhrase.TryAdd(entry.Phrase, category);
        withExceptions = new(() => new PhraseMatcher([.. Phrases, .. Exceptions]));
        exceptionSet = new(() => Exceptions.ToHashSet(StringComparer.Ordinal));
        // Tokenising every phrase is most of the cost of both sets, so it is done once for them.
        oneWordPhrases = new(OneWordPhrases);
        words = new(() => oneWordPhrases.Value.ToHashSet(StringComparer.Ordinal));
        stems = new(() => oneWordPhrases.Value.Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal));
    }

    public string Name { get; }
    public IReadOnlyList<string> Phrases { get; }
    public IReadOnlyList<PhraseEntry> Entries { get; }

    /// <summary>The categories the list declares; empty for an uncategorised list.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Longer phrases that contain a listed phrase but must not count as a match.</summary>
    public IReadOnlyList<string> Exceptions { get; }
    public PhraseMatcher Matcher => matcher.Value;

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
    public bool ContainsStemOf(string normalizedWord) => ContainsStem(LightStemmer.Stem(normalizedWord));

    /// <summary>Whether a stem (<see cref="LightStemmer.Stem"/>) is that of one of the list's one-word phrases.</summary>
    public bool ContainsStem(string stem) => stems.Value.Contains(stem);

    private List<string> OneWordPhrases()
    {
        var found = new List<string>();
        foreach (var phrase in Phrases)
        {
            var words = WordTokenizer.WordsOf(phrase);
            if (!words.MoveNext()) continue;
            string first = words.Current;
            if (!words.MoveNext()) found.Add(first);
        }

        return found;
    }
}
