namespace PlanLint.Text;

/// <summary>Tests over the characters of a word, without LINQ's enumerator and delegate per call (rules ask for every word).</summary>
public static class Characters
{
    public static bool AnyDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    public static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    public static bool AnyLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
