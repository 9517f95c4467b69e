using System.Text;

namespace PlanLint.Linting;

/// <summary>
/// Reads and lints a small built-in plan with the built-in rules on a thread-pool thread while <c>check</c> parses its
/// arguments, resolves its inputs and configuration and reads the first file, so that first-use work (JIT compilation of generic code, the phrase lists,
/// the date parser) runs on the second core beside that I/O instead of after it. Best effort: the result is thrown
/// away, a failure is ignored, and the real run never waits for it.
/// </summary>
public static class RuleWarmUp
{
    internal static readonly byte[] Plan = Encoding.UTF8.GetBytes("""
        {
          "establishment": "HMP Warm-up",
          "submitted": "2025-01-29",
          "inspection": { "start": "2024-09-30", "end": "2024-10-10" },
          "format": "concerns",
          "concerns": [
            {
              "id": "1",
              "text": "Leaders had not done enough to understand the drivers of violence.",
              "actions": [
                { "text": "The Violence Reduction strategy will be reviewed and the Head of Safety will publish a new debt strategy.", "owner": "Head of Safety", "targetDate": "March 2025" },
                { "text": "Staff will be trained; this is ongoing.", "owner": "The Governor and HMPPS", "targetDate": "Ongoing" }
              ]
            }
          ]
        }
        """);

    public static void Start() =>
        ThreadPool.UnsafeQueueUserWorkItem(
            static _ =>
            {
                try
                {
                    var linter = PlanLinter.CreateDefault();
                    if (linter.Readers.Read("warm-up.plan.json", Plan).Plan is { } plan)
                        linter.Lint(plan, [], new LintOptions());
                }
                catch (Exception)
                {
                    // Only ever a head start: the real run reports any problem itself.
                }
            },
            null);
}
