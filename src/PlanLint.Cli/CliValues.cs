using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PlanLint.Text;

namespace PlanLint.Cli;

/// <summary>Options whose values are checked with a plain message naming the option ("--max-warnings takes a whole number of 0 or more, not 'abc'").</summary>
internal static class CliValues
{
    public static Option<int?> WholeNumber(string name, string description, int minimum, string? meaning = null)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "N" };
        option.CustomParser = result =>
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(token, NumberStyles.None | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= minimum)
                return value;
            result.AddError($"{name} takes a whole number of {minimum} or more{(meaning is null ? "" : " (" + meaning + ")")}, not '{token}'.");
            return null;
        };
        return option;
    }

    /// <summary>A value from a fixed list, with did-you-mean.</summary>
    public static string? OneOf(ArgumentResult result, string name, IReadOnlyList<string> allowed)
    {
        string token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        var match = allowed.FirstOrDefault(a => a.Equals(token, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return match;
        result.AddError($"{name} takes {Words.Or(allowed)}, not '{token}'{DidYouMean(token, allowed)}");
        return null;
    }

    /// <summary>Values from a fixed list, each checked.</summary>
    public static string[] ManyOf(ArgumentResult result, string name, IReadOnlyList<string> allowed)
    {
        var values = new List<string>();
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            var match = allowed.FirstOrDefault(a => a.Equals(token, StringComparison.OrdinalIgnoreCase));
            if (match is null)
                result.AddError($"{name} takes {Words.Or(allowed)}, not '{token}'{DidYouMean(token, allowed)}");
            else
                values.Add(match);
        }

        return [.. values];
    }

    /// <summary>"; did you mean 'x'?" or "." to end a sentence.</summary>
    public static string DidYouMean(string token, IEnumerable<string> candidates) =>
        Spelling.Nearest(token, candidates) is { } near ? $"; did you mean '{near}'?" : ".";
}

internal static class Words
{
    public static string Or(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
    };
}
