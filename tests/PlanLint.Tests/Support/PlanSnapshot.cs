using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PlanLint.Model;
using PlanLint.Readers.Writing;

namespace PlanLint.Tests.Support;

/// <summary>A plan's content without its locations, as canonical JSON, for comparing plans read from different formats.</summary>
public static class PlanSnapshot
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(ActionPlan plan) => CanonicalPlanTree.Build(plan).ToJsonString(Indented);

    /// <summary>Fails with the first differing lines of both plans and a few lines of context.</summary>
    public static void ShouldMatch(ActionPlan actual, ActionPlan expected, string because = "")
    {
        var a = Of(actual).Split('\n');
        var e = Of(expected).Split('\n');
        int first = Enumerable.Range(0, Math.Max(a.Length, e.Length)).FirstOrDefault(i => i >= a.Length || i >= e.Length || a[i] != e[i], -1);
        if (first < 0) return;

        var message = new StringBuilder($"Plans differ at line {first + 1} of their canonical form {because}\n");
        int from = Math.Max(0, first - 4);
        message.AppendLine("--- expected");
        foreach (var line in e.Skip(from).Take(9)) message.AppendLine("  " + line);
        message.AppendLine("+++ actual");
        foreach (var line in a.Skip(from).Take(9)) message.AppendLine("  " + line);
        throw new ShouldAssertException(message.ToString());
    }
}
