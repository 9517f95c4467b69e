namespace PlanLint.Cli;

/// <summary>Whether a writer is the process's real terminal, and whether colour is wanted there.</summary>
internal static class Terminal
{
    public static bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) ? !Console.IsErrorRedirected
        : ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    public static bool SupportsColor(TextWriter writer) =>
        IsInteractive(writer)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
