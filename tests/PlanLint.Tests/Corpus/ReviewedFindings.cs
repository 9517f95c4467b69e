using System.Text;
using System.Text.RegularExpressions;

namespace PlanLint.Tests.Corpus;

/// <summary>A reviewer's verdict on one finding (/work/shared/review-guide.md).</summary>
public enum Verdict
{
    /// <summary>A reviewer would send the draft back for it: true of the document, about the right place.</summary>
    Right,
    /// <summary>False, or true only of PlanLint's reading and not of the document.</summary>
    Wrong,
    /// <summary>Defensible, but a reviewer would often let it pass.</summary>
    Debatable,
    /// <summary>
    /// New and not yet judged by an independent reviewer ("# verdict: pending — what it says"): left out of the
    /// precision figures, and listed on docs/accuracy.md, until a reviewer replaces it with right, wrong or debatable.
    /// </summary>
    Pending,
}

/// <summary>One finding line of an expected-findings file with the verdict written directly above it.</summary>
public sealed record ReviewedFinding(string Line, Verdict Verdict, string Why)
{
    /// <summary>The rule id the line starts with ("PL1001").</summary>
    public string RuleId => Line[..Line.IndexOf(' ', StringComparison.Ordinal)];
}

/// <summary>A finding a reviewer expects and PlanLint does not report: "# miss: PLxxxx rec 9/action 5 — why".</summary>
public sealed record KnownMiss(string RuleId, string Place, string Why);

/// <summary>
/// The reviewed findings of one corpus plan, read from &lt;name&gt;.expected-findings.txt: every finding line must have a
/// <c># verdict: right|wrong|debatable — why</c> line directly above it (or, for a new finding awaiting its
/// independent reviewer, <c># verdict: pending — what it says</c>) (the updater keeps it there with the other
/// notes), and <c># miss: PLxxxx place — why</c> lines (anywhere) list what a reviewer expects and PlanLint does not
/// report. <see cref="Problems"/> lists, with line numbers, every finding without a verdict, every malformed verdict or
/// miss line, and every verdict not directly above a finding (left behind when its finding was no longer reported).
/// </summary>
public sealed partial record ReviewedFindings(
    string Name, IReadOnlyList<ReviewedFinding> Findings, IReadOnlyList<KnownMiss> Misses, IReadOnlyList<string> Problems)
{
    public static ReviewedFindings Load(string name) =>
        Parse(name, File.ReadAllLines(CorpusFindingsTests.ExpectedPath(name), Encoding.UTF8));

    public static ReviewedFindings Parse(string name, IReadOnlyList<string> lines)
    {
        var findings = new List<ReviewedFinding>();
        var misses = new List<KnownMiss>();
        var problems = new List<string>();
        (Verdict Verdict, string Why, int Number)? pending = null;

        void Orphan()
        {
            if (pending is { } p)
                problems.Add($"{name}.expected-findings.txt({p.Number}): verdict not directly above a finding; move it above its finding or delete it");
            pending = null;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int number = i + 1;
            if (line.StartsWith("# verdict", StringComparison.Ordinal))
            {
                Orphan();
                var m = VerdictLine().Match(line);
                if (m.Success) pending = (Enum.Parse<Verdict>(m.Groups["verdict"].Value, ignoreCase: true), m.Groups["why"].Value, number);
                else problems.Add($"{name}.expected-findings.txt({number}): malformed verdict; write '# verdict: right|wrong|debatable — why' (or 'pending — what it says' for a reviewer to judge)");
            }
            else if (line.StartsWith("# miss", StringComparison.Ordinal))
            {
                var m = MissLine().Match(line);
                if (m.Success) misses.Add(new KnownMiss(m.Groups["rule"].Value, m.Groups["place"].Value, m.Groups["why"].Value));
                else problems.Add($"{name}.expected-findings.txt({number}): malformed miss; write '# miss: PLxxxx rec <id>/action <n> — why'");
            }
            else if (line.Length == 0 || line.StartsWith('#'))
            {
                Orphan();
            }
            else if (pending is { } p)
            {
                findings.Add(new ReviewedFinding(line, p.Verdict, p.Why));
                pending = null;
            }
            else
            {
                problems.Add($"{name}.expected-findings.txt({number}): no verdict above '{line}'; judge it (review-guide.md) and write '# verdict: right|wrong|debatable — why' on the line above");
            }
        }
        Orphan();
        return new ReviewedFindings(name, findings, misses, problems);
    }

    [GeneratedRegex(@"^# verdict: (?<verdict>right|wrong|debatable|pending) [—-] (?<why>\S.*)$")]
    private static partial Regex VerdictLine();

    [GeneratedRegex(@"^# miss: (?<rule>PL\d{4}) (?<place>rec [^ ]+(?:/action \d+)?|plan) [—-] (?<why>\S.*)$")]
    private static partial Regex MissLine();
}
