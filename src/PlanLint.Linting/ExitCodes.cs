namespace PlanLint.Linting;

/// <summary>The process exit codes, which pre-commit and CI rely on.</summary>
public static class ExitCodes
{
    /// <summary>No errors (and no more warnings than --max-warnings allows).</summary>
    public const int Success = 0;

    /// <summary>At least one error, too many warnings, or an input that could not be read.</summary>
    public const int Findings = 1;

    /// <summary>The command was misused: unknown option, no input matched, broken configuration.</summary>
    public const int Usage = 2;

    /// <summary>PlanLint itself failed (a bug): the message asks for a bug report. Never used for anything the user did.</summary>
    public const int InternalError = 3;
}
