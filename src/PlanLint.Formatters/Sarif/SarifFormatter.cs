using System.Text;
using PlanLint.IO;

namespace PlanLint.Formatters.Sarif;

/// <summary>
/// <c>--format sarif</c>: one SARIF 2.1.0 run per invocation, complete enough for GitHub code scanning,
/// Azure DevOps and the VS Code SARIF viewer to show, track and close each finding. The contract is in docs/output.md.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    /// <summary>The final SARIF 2.1.0 schema (OASIS Standard with Errata 01).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>GitHub code scanning rejects a run with more results than this.</summary>
    public const int GitHubMaxResults = 25_000;

    /// <summary>GitHub code scanning rejects a result with more locations than this.</summary>
    public const int GitHubMaxLocationsPerResult = 1_000;

    /// <summary>The key of PlanLint's own fingerprint in <c>partialFingerprints</c> (see FindingFingerprint).</summary>
    public const string FingerprintKey = "planlintFingerprint/v1";

    /// <summary>The key GitHub code scanning matches alerts by.</summary>
    public const string LineHashKey = "primaryLocationLineHash";

    private readonly Func<string, string?> readSource;

    /// <param name="readSource">
    /// Reads a linted file's text for <see cref="LineHashKey"/>; null when it cannot be read. By default the file on disk,
    /// decoded as UTF-8 with any byte-order mark kept, as GitHub's upload step reads it.
    /// </param>
    public SarifFormatter(Func<string, string?>? readSource = null) => this.readSource = readSource ?? ReadFromDisk;

    public string Name => "sarif";

    public int MaxResults { get; init; } = GitHubMaxResults;

    public int MaxLocationsPerResult { get; init; } = GitHubMaxLocationsPerResult;

    public void Write(LintReport report, Stream stream) =>
        new SarifLogBuilder(report, readSource, MaxResults, MaxLocationsPerResult).Write(stream);

    private static string? ReadFromDisk(string path) =>
        InputFile.TryRead(path, InputFile.DefaultMaxBytes, "plan file", out var content, out _)
            ? new UTF8Encoding(false).GetString(content.Span)
            : null;
}
