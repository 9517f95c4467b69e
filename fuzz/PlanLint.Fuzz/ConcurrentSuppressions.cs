using System.Globalization;
using System.Text;
using PlanLint.Linting;
using PlanLint.Suppressions;

namespace PlanLint.Fuzz;

/// <summary>
/// Issue 21's concurrent side-file writes, fuzzed: the input is up to eight suppressions (a recommendation of the plan,
/// a rule, a justification of any bytes), written by concurrent <c>planlint suppress</c> runs on one plan. Afterwards
/// every run has succeeded and the side file reads without a problem and holds exactly one entry for each distinct
/// rule and recommendation asked for: none lost to a race, none doubled.
/// </summary>
internal static class ConcurrentSuppressions
{
    private static readonly string[] Rules = ["PL1001", "PL2002", "PL3002", "PL4002"];

    private static readonly Lazy<PlanLinter> Linter = new(PlanLinter.CreateDefault);

    public static void Run(byte[] bytes)
    {
        var requests = new List<(string Rule, string Recommendation, string Justification)>();
        int at = 0;
        while (at + 2 < bytes.Length && requests.Count < 8)
        {
            string rule = Rules[bytes[at] % Rules.Length];
            string recommendation = (1 + bytes[at + 1] % 4).ToString(CultureInfo.InvariantCulture);
            int length = Math.Min(bytes[at + 2] % 40, bytes.Length - at - 3);
            string justification = Encoding.UTF8.GetString(bytes, at + 3, length).Trim();
            requests.Add((rule, recommendation, justification.Length == 0 ? "Agreed at the board." : justification));
            at += 3 + length;
        }

        if (requests.Count == 0) return;
        string folder = Path.Combine(Path.GetTempPath(), $"planlint-fuzz-suppress-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string plan = Path.Combine(folder, "plan.plan.json");
            File.WriteAllText(plan, Plan);
            var exits = new int[requests.Count];
            Parallel.For(0, requests.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                var (rule, recommendation, justification) = requests[i];
                exits[i] = new SuppressionWriter(Linter.Value).Run(
                    new SuppressOptions { Plan = plan, Rule = rule, Recommendation = recommendation, Justification = justification, WorkingDirectory = folder },
                    TextWriter.Null, TextWriter.Null);
            });

            if (exits.Any(e => e != 0)) throw new InvalidOperationException($"A suppress run failed: exit codes {string.Join(", ", exits)}");
            var side = SuppressionSideFile.LoadFor(plan);
            if (side.Problems.Count > 0) throw new InvalidOperationException("The side file no longer reads: " + side.Problems[0].Message);
            var expected = requests.Select(r => (r.Rule, r.Recommendation)).Distinct().Order().ToList();
            var actual = side.Suppressions.Select(s => (s.Rule, s.RecId ?? "")).Order().ToList();
            if (!expected.SequenceEqual(actual))
                throw new InvalidOperationException($"Entries lost or doubled: asked for {string.Join(" ", expected)}, the side file holds {string.Join(" ", actual)}");
            if (Directory.EnumerateFiles(folder, "*.lock").Any() || Directory.EnumerateFiles(folder, ".*.lock").Any())
                throw new InvalidOperationException("A lock file was left behind.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string Plan = """
        {
          "establishment": "HMP Fuzz",
          "format": "concerns",
          "concerns": [
            { "id": "1", "text": "A concern.", "actions": [ { "text": "We will review it.", "owner": "Governor", "targetDate": "Ongoing" } ] },
            { "id": "2", "text": "A concern.", "actions": [ { "text": "We will review it.", "targetDate": "March 2025" } ] },
            { "id": "3", "text": "A concern.", "actions": [ { "text": "Staff may be trained.", "owner": "Governor", "targetDate": "March 2025" } ] },
            { "id": "4", "text": "A concern.", "actions": [ { "text": "We will improve it.", "owner": "Governor", "targetDate": "March 2025" } ] }
          ]
        }
        """;
}
