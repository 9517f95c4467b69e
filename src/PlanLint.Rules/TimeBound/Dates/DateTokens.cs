using System.Globalization;

namespace PlanLint.Rules.TimeBound.Dates;

internal enum DateTokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>
/// A word (lower-cased), a number (with its digit count and whether it had an ordinal suffix) or one punctuation mark.
/// A class, not a struct: a List of a value type from this assembly is JIT-compiled at every start even in a ReadyToRun
/// build, and a target date has a handful of tokens.
/// </summary>
internal sealed record DateToken(DateTokenKind Kind, string Text, int Start, int End, int Value = 0, int Digits = 0, bool Ordinal = false)
{
    public bool IsWord(string word) => Kind == DateTokenKind.Word && Text == word;

    public bool IsSymbol(char c) => Kind == DateTokenKind.Symbol && Text[0] == c;

    public bool IsYear => Kind == DateTokenKind.Number && Digits == 4 && Value is >= 1990 and <= 2100;

    public bool IsTwoDigit => Kind == DateTokenKind.Number && Digits == 2;

    public bool IsDay => Kind == DateTokenKind.Number && Digits <= 2 && Value is >= 1 and <= 31;
}

/// <summary>
/// Splits a target date into words, numbers and punctuation for the fast path. Letters and digits are split apart
/// ("Q2" is "q", "2"; "FY24" is "fy", "24"); an ordinal suffix stays with its number ("6th"); every dash is '-'.
/// </summary>
internal static class DateTokens
{
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                int digits = i - start;
                int value = digits <= 9 ? int.Parse(text.AsSpan(start, digits), NumberStyles.None, CultureInfo.InvariantCulture) : int.MaxValue;
                bool ordinal = false;
                if (i + 2 <= text.Length && IsOrdinalSuffix(text.AsSpan(i, 2)) && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
                {
                    ordinal = true;
                    i += 2;
                }

                tokens.Add(new DateToken(DateTokenKind.Number, text[start..i], start, i, value, digits, ordinal));
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                tokens.Add(new DateToken(DateTokenKind.Word, text[start..i].ToLowerInvariant(), start, i));
            }
            else
            {
                i++;
                char symbol = c switch
                {
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                    '\u2018' or '\u2019' => '\'',
                    _ => c,
                };
                tokens.Add(new DateToken(DateTokenKind.Symbol, symbol.ToString(), start, i));
            }
        }

        // "1 st April": an ordinal suffix written apart from its number.
        for (int k = tokens.Count - 2; k >= 0; k--)
        {
            if (tokens[k].Kind == DateTokenKind.Number && !tokens[k].Ordinal && tokens[k + 1].Kind == DateTokenKind.Word
                && tokens[k + 1].Text.Length == 2 && IsOrdinalSuffix(tokens[k + 1].Text))
            {
                tokens[k] = tokens[k] with { End = tokens[k + 1].End, Ordinal = true };
                tokens.RemoveAt(k + 1);
            }
        }

        return tokens;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);
}
