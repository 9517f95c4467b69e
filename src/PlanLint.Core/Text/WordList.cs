using System.Text;

namespace PlanLint.Text;

/// <summary>
/// "establishment, submission date or inspection dates": items joined as an English sentence joins them, without a
/// serial comma, the same under every culture. (Humanizer's list wording followed the current UI culture, an Oxford
/// comma under en-* and none otherwise, so a finding's words depended on the machine; it also brought some 1,200 types
/// into the native image for this one call.)
/// </summary>
public static class WordList
{
    public static string Of(IReadOnlyList<string> items, string conjunction)
    {
        ArgumentNullException.ThrowIfNull(items);
        switch (items.Count)
        {
            case 0: return "";
            case 1: return items[0];
        }

        var list = new StringBuilder(items[0]);
        for (int i = 1; i < items.Count - 1; i++) list.Append(", ").Append(items[i]);
        return list.Append(' ').Append(conjunction).Append(' ').Append(items[^1]).ToString();
    }
}
