namespace PlanLint.Json;

public static class JsonErrorText
{
    /// <summary>System.Text.Json appends "Path: $ | LineNumber: 3 | BytePositionInLine: 4."; the location is reported separately.</summary>
    public static string Clean(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
