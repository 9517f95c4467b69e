namespace PlanLint.Diagnostics;

/// <summary>How much a finding matters. <see cref="None"/> turns a rule off.</summary>
public enum Severity
{
    None = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning" or "warn": severity = Severity.Warning; return true;
            case "note" or "info" or "suggestion": severity = Severity.Note; return true;
            case "none" or "off" or "silent": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }
}
