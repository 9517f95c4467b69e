using PlanLint.Text;

namespace PlanLint.Formatters;

/// <summary>
/// Plan text is data: control characters and escape sequences from a plan must never reach a terminal raw,
/// or a crafted draft could rewrite the screen or hide findings (see <see cref="TerminalSafe"/>).
/// </summary>
public static class TerminalText
{
    public static string Escape(string text) => TerminalSafe.Escape(text);
}
