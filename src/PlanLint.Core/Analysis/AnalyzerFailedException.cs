namespace PlanLint.Analysis;

/// <summary>
/// A failure already put into words where it happened, such as a compiled pack's rule that threw in the pack host, or
/// the pack host itself stopping. The engine reports its message as it is (PL9999), under <see cref="FailedName"/> when
/// given; analyzers that throw the same instance while one plan is analysed are reported once.
/// </summary>
public sealed class AnalyzerFailedException : Exception
{
    public AnalyzerFailedException(string description, string? failedName = null)
        : base(description) => FailedName = failedName;

    /// <summary>What failed, when it is more than the analyzer that threw (e.g. "pack house.dll"); null names the analyzer.</summary>
    public string? FailedName { get; }
}
