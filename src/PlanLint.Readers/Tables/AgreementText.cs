using System.Text.RegularExpressions;
using PlanLint.Model;

namespace PlanLint.Readers.Tables;

/// <summary>
/// Reads the Agreed / Partly Agreed / Not Agreed column and finds the reason a response gives. Every generation of the
/// template is read: the older Accepted / Partly Accepted / Rejected (and "accepted in part", "not accepted") give the
/// same three statuses.
/// </summary>
internal static partial class AgreementText
{
    /// <summary>What an agreement cell says: the status (null when none could be read) and any text after it.</summary>
    public readonly record struct Reading(AgreementStatus? Status, string Rest, bool StatusAtStart);

    public static Reading Read(string text)
    {
        string t = CellText.Normalize(text);
        var start = LeadingStatus().Match(t);
        if (start.Success)
            return new Reading(StatusOf(start.Groups[1].Value), t[start.Length..].Trim(' ', '-', '\u2013', '\u2014', ':', '.', ',', ';'), true);

        var anywhere = StatusWord().Matches(t);
        if (anywhere.Count == 1)
            return new Reading(StatusOf(anywhere[0].Groups[1].Value), "", false);
        return new Reading(null, "", false);
    }

    /// <summary>Whether the text is a status and nothing else ("Agreed", "Partly accepted:", "Rejected"): a key or tally label.</summary>
    public static bool IsStatusOnly(string text)
    {
        string t = CellText.Normalize(text);
        var m = LeadingStatus().Match(t);
        return m.Success && CellText.HasNoContent(t[m.Length..]);
    }

    /// <summary>The status a key or tally label names ("Partly accepted"), or null when the text is not only a status.</summary>
    public static AgreementStatus? StatusOnly(string text) => IsStatusOnly(text) ? Read(text).Status : null;

    private static AgreementStatus StatusOf(string words)
    {
        string w = CellText.Normalize(words).ToLowerInvariant();
        if (w.StartsWith("not", StringComparison.Ordinal) || w.StartsWith("dis", StringComparison.Ordinal) || w.StartsWith("reject", StringComparison.Ordinal))
            return AgreementStatus.NotAgreed;
        if (w.StartsWith("part", StringComparison.Ordinal) || w.EndsWith("in part", StringComparison.Ordinal)) return AgreementStatus.PartlyAgreed;
        return AgreementStatus.Agreed;
    }

    /// <summary>
    /// The reason a Partly Agreed or Not Agreed response gives: a sentence labelled "Reason:", otherwise the first
    /// sentence that explains a refusal ("cannot", "unable", "because", "due to", "not be fully …"). Null when none does.
    /// </summary>
    public static string? FindReason(string response)
    {
        var labelled = ReasonLabel().Match(response);
        if (labelled.Success)
            return CellText.Normalize(labelled.Groups[1].Value);

        foreach (string sentence in CellText.Sentences(response))
        {
            if (ReasonMarker().IsMatch(sentence) && !StatusStatement().IsMatch(sentence))
                return sentence;
        }

        return null;
    }

    [GeneratedRegex(@"^((?:(?:partly|partially|not)\s*|dis)?(?:agreed|accepted)(?:\s+in\s+part)?|rejected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingStatus();

    [GeneratedRegex(@"\b((?:partly|partially|not)\s+(?:agreed|accepted)|(?:agreed|accepted)\s+in\s+part|disagreed|agreed|accepted|rejected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusWord();

    [GeneratedRegex(@"\breason(?:s)?(?:\s+for\s+[^:]{1,60})?\s*:\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ReasonLabel();

    [GeneratedRegex(@"\b(cannot|can not|can't|unable|not possible|not able|because|due to|owing to|as a result of|not be (?:fully )?(?:agreed|accepted|implemented|achieved|met|delivered)|not (?:currently )?(?:affordable|funded|commissioned))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonMarker();

    [GeneratedRegex(@"^\s*this recommendation is (?:(?:partly |partially |not )?(?:agreed|accepted)|rejected)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusStatement();
}
