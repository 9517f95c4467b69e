namespace PlanLint.Text;

/// <summary>
/// Splits response text into sentences: at '.', '!', '?' or ';' followed by a space or the end, at line breaks and at
/// bullets. Good enough for rules that judge each sentence on its own; an abbreviation may split a sentence in two.
/// </summary>
public static class Sentences
{
    private static readonly char[] Padding = [' ', '\t', '\r', '\n', '\u2022', '\uf0b7'];

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool end = c is '\n' or '\r' or '\u2022' or '\uf0b7'
                       || (c is '.' or '!' or '?' or ';' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end) continue;
            Add(text[start..(i + 1)]);
            start = i + 1;
        }

        Add(text[start..]);
        return sentences;

        void Add(string sentence)
        {
            sentence = sentence.Trim(Padding);
            if (Characters.AnyLetter(sentence)) sentences.Add(sentence);
        }
    }
}
