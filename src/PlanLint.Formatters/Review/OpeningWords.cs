using System.Text;

namespace PlanLint.Formatters.Review;

/// <summary>The first words of an action, so a reviewer can find it in the document without counting paragraphs.</summary>
public static class OpeningWords
{
    public const int DefaultWords = 8;
    public const int DefaultLength = 60;

    /// <summary>At most <paramref name="words"/> whole words and about <paramref name="maxLength"/> characters, white space collapsed, with an ellipsis when cut.</summary>
    public static string Of(string text, int words = DefaultWords, int maxLength = DefaultLength)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxLength + 8));
        int count = 0;
        bool cut = false;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (count == words || (count > 0 && sb.Length + 1 + word.Length > maxLength))
            {
                cut = true;
                break;
            }

            if (count > 0) sb.Append(' ');
            count++;
            if (word.Length > maxLength)
            {
                sb.Append(word, 0, char.IsHighSurrogate(word[maxLength - 1]) ? maxLength - 1 : maxLength);
                cut = true;
                break;
            }

            sb.Append(word);
        }

        string opening = sb.ToString().TrimEnd(',', ';', ':', '-', '(');
        return cut ? opening + "\u2026" : opening;
    }
}
