using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using PlanLint.Rules.Language;
using PlanLint.Text;

namespace PlanLint.Rules.Data;

/// <summary>The phrase lists of rules/data, embedded in this assembly and loaded on first use.</summary>
public static class PhraseLists
{
    public const string VagueTargetDates = "vague-target-dates";
    public const string StopWords = "stop-words";
    public const string GenericPlanWords = "generic-plan-words";
    public const string WeakCommitments = "weak-commitments";
    public const string ReviewVerbs = "review-verbs";
    public const string ReviewOutcomes = "review-outcomes";
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
        var exceptions = document.RootElement.TryGetProperty("exceptions", out var e)
            ? e.EnumerateArray().Select(p => p.GetString()!).ToList()
            : [];
        return new PhraseList(name, phrases, exceptions);
    }

    private static Stream Open(string name) =>
        typeof(PhraseLists).Assembly.GetManifestResourceStream($"rules.data.{name}.json")
        ?? throw new InvalidOperationException($"No phrase list named '{name}' is embedded in PlanLint.Rules.");
}

/// <summary>A named list of phrases and its matcher.</summary>
public sealed class PhraseList(string name, IReadOnlyList<string> phrases, IReadOnlyList<string>? exceptions = null)
{
    private readonly Lazy<PhraseMatcher> withExceptions = new(() => new PhraseMatcher([.. phrases, .. exceptions ?? []]));
    private readonly Lazy<FrozenSet<string>> exceptionSet = new(() => (exceptions ?? []).ToFrozenSet(StringComparer.Ordinal));
    private readonly Lazy<FrozenSet<string>> words = new(() => phrases
        .Select(p => WordTokenizer.Tokenize(p))
        .Where(t => t.Count == 1)
        .Select(t => t[0].Normalized)
        .ToFrozenSet(StringComparer.Ordinal));

    private readonly Lazy<FrozenSet<string>> stems = new(() => phrases
        .Select(p => WordTokenizer.Tokenize(p))
        .Where(t => t.Count == 1)
        .Select(t => LightStemmer.Stem(t[0].Normalized))
        .ToFrozenSet(StringComparer.Ordinal));

    public string Name { get; } = name;
    public IReadOnlyList<string> Phrases { get; } = phrases;

    /// <summary>Longer phrases that contain a listed phrase but must not count as a match.</summary>
    public IReadOnlyList<string> Exceptions { get; } = exceptions ?? [];
    public PhraseMatcher Matcher { get; } = new(phrases);

    /// <summary>Matches of the list in the text, leaving out any that fall inside an exception.</summary>
    public IReadOnlyList<PhraseMatch> Find(IReadOnlyList<WordToken> tokens)
    {
        var all = withExceptions.Value.Matches(tokens);
        if (Exceptions.Count == 0) return all;

        var excepted = all.Where(m => exceptionSet.Value.Contains(m.Phrase)).ToList();
        var found = new List<PhraseMatch>(all.Count);
        foreach (var m in all)
        {
            if (!exceptionSet.Value.Contains(m.Phrase) && !excepted.Any(x => Overlaps(x, m)))
                found.Add(m);
        }

        return found;
    }

    public IReadOnlyList<PhraseMatch> Find(string text) => Find(WordTokenizer.Tokenize(text));

    private static bool Overlaps(PhraseMatch a, PhraseMatch b) =>
        a.TokenIndex < b.TokenIndex + b.TokenCount && b.TokenIndex < a.TokenIndex + a.TokenCount;

    /// <summary>Whether a word (lower-cased as <see cref="WordTokenizer"/> does) is one of the list's one-word phrases.</summary>
    public bool ContainsWord(string normalizedWord) => words.Value.Contains(normalizedWord);

    /// <summary>Whether a word has the same stem as one of the list's one-word phrases ("reviewed" for "review").</summary>
    public bool ContainsStemOf(string normalizedWord) => stems.Value.Contains(LightStemmer.Stem(normalizedWord));
}
