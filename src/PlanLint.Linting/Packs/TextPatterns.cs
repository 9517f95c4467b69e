using System.Text.RegularExpressions;
using PlanLint.Text;

namespace PlanLint.Linting.Packs;

/// <summary>A piece of a field's text that a declarative rule found.</summary>
public sealed record TextMatch(string Text, int Start);

/// <summary>
/// What a declarative rule looks for: phrases (whole words, any case, matched in linear time by <see cref="PhraseMatcher"/>)
/// and user regular expressions, which run on .NET's non-backtracking engine with a timeout as a second guard,
/// so no pattern can hang a pre-commit hook.
/// </summary>
public sealed class TextPatterns
{
    /// <summary>How long one pattern may run on one field before the rule fails (PL9999) rather than stall the run.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly PhraseMatcher phrases;
    private readonly IReadOnlyList<Regex> patterns;

    public TextPatterns(IEnumerable<string> phrases, IEnumerable<Regex> patterns)
    {
        this.phrases = new PhraseMatcher(phrases);
        this.patterns = [.. patterns];
    }

    public bool IsEmpty => phrases.IsEmpty && patterns.Count == 0;

    /// <summary>Compiles a user pattern for the non-backtracking engine.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    /// <exception cref="NotSupportedException">The pattern needs backtracking (lookarounds, backreferences, atomic groups, conditionals).</exception>
    public static Regex Compile(string pattern, bool ignoreCase) =>
        new(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), MatchTimeout);

    /// <summary>Every phrase and pattern match in the text, leftmost first.</summary>
    public IReadOnlyList<TextMatch> Find(string text)
    {
        var found = phrases.Matches(text).Select(m => new TextMatch(text.Substring(m.Start, m.Length), m.Start)).ToList();
        foreach (var pattern in patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (m.Length > 0)
                    found.Add(new TextMatch(m.Value, m.Index));
            }
        }

        return [.. found.OrderBy(m => m.Start)];
    }
}
