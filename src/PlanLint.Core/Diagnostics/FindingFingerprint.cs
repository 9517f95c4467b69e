using System.Security.Cryptography;
using System.Text;
using PlanLint.Text;

namespace PlanLint.Diagnostics;

/// <summary>
/// A fingerprint of a finding that survives edits elsewhere in the file: it hashes the rule, the file name,
/// the recommendation number and the words of the text the finding is about, never line numbers or positions.
/// Baselines, suppression side files and SARIF use it to recognise the same finding across runs.
/// </summary>
public static class FindingFingerprint
{
    public static string Compute(Diagnostic d) => Compute(d.Id, Path.GetFileName(d.Location.Path), d.RecId, d.SubjectText);

    public static string Compute(string ruleId, string fileName, string? recId, string? subjectText)
    {
        var sb = new StringBuilder();
        sb.Append(ruleId).Append('\n').Append(fileName.ToLowerInvariant()).Append('\n').Append(recId ?? "").Append('\n');
        sb.Append(NormalizeText(subjectText));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }

    /// <summary>
    /// A short fingerprint of a text's words (16 hex digits), so suppression side files can recognise an action
    /// after rows move and notice when its wording changes.
    /// </summary>
    public static string OfText(string? text)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(NormalizeText(text)));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    /// <summary>The words of a text, lower-cased and single-spaced, so re-wrapping or re-punctuating it changes nothing.</summary>
    public static string NormalizeText(string? text) =>
        text is null ? "" : string.Join(' ', WordTokenizer.Tokenize(text).Select(t => t.Normalized));
}
