namespace PlanLint.Cli;

/// <summary>Where a command writes and which folder relative paths start from.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory);
