using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanLint.Text;

/// <summary>File sizes as people write them: "4.2 KB", "50 MB" (binary units, 1 KB = 1024 bytes).</summary>
public static partial class ByteSizes
{
    private const long Kilobyte = 1024, Megabyte = 1024 * Kilobyte, Gigabyte = 1024 * Megabyte;

    public static string Describe(long bytes) => bytes switch
    {
        >= Gigabyte => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Gigabyte:0.#} GB"),
        >= Megabyte => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Megabyte:0.#} MB"),
        >= Kilobyte => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Kilobyte:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    /// <summary>Parses "50 MB", "512KB", "2.5 GB" or "1000 bytes" (units case-insensitive); false for anything else or a size of zero.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var match = SizePattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
            return false;
        long unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "KB" => Kilobyte,
            "MB" => Megabyte,
            "GB" => Gigabyte,
            _ => 1,
        };
        decimal total = number * unit;
        if (total < 1 || total > long.MaxValue)
            return false;
        bytes = (long)total;
        return true;
    }

    /// <summary>Also the pattern of "maxFileSize" in schema/planlint-config.schema.json.</summary>
    [GeneratedRegex(@"^\s*(?<number>[0-9]{1,12}(\.[0-9]{1,3})?)\s*(?<unit>bytes|B|KB|MB|GB)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
