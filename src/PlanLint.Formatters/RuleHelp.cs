using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using PlanLint.Diagnostics;

namespace PlanLint.Formatters;

/// <summary>A rule's help as plain text and as Markdown.</summary>
public sealed record RuleHelpText(string Text, string Markdown);

/// <summary>
/// Each rule's documentation page (rules/PLxxxx.md), embedded so the tool stands alone, turned into SARIF help:
/// the page without its title line, with links made absolute so they work wherever the help is shown.
/// Rules without a page (from other rule packs) get their description and a link to their help URI.
/// </summary>
public static partial class RuleHelp
{
    private const string ResourcePrefix = "rules.";

    private static readonly Lazy<FrozenDictionary<string, string>> Pages = new(LoadPages);

    public static bool HasPage(string ruleId) => Pages.Value.ContainsKey(ruleId);

    public static RuleHelpText For(RuleDescriptor descriptor)
    {
        if (!Pages.Value.TryGetValue(descriptor.Id, out var page))
        {
            return new RuleHelpText(
                $"{descriptor.Description} See {descriptor.HelpUri}",
                $"{descriptor.Description}\n\nSee [{descriptor.Id}]({descriptor.HelpUri}).");
        }

        // Notes for the pages' maintainers (which sections are generated) are not help.
        string body = HtmlComment().Replace(WithoutTitle(page.ReplaceLineEndings("\n")), "");
        string markdown = MarkdownLink().Replace(body, m => $"[{m.Groups["text"].Value}]({Absolute(m.Groups["target"].Value)})").Trim();
        return new RuleHelpText(ToPlainText(markdown), markdown);
    }

    /// <summary>
    /// The "How to fix" section of a rule's page as plain text, one string per paragraph (code and links shown as their
    /// text); empty when the rule has no page or the page no such section.
    /// </summary>
    public static IReadOnlyList<string> HowToFix(string ruleId)
    {
        if (!Pages.Value.TryGetValue(ruleId, out var page)) return [];
        var paragraphs = new List<string>();
        var current = new List<string>();
        bool inSection = false;
        foreach (string line in page.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (inSection) break;
                inSection = line[3..].Trim().Equals("How to fix", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (!inSection) continue;
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            current.Add(MarkdownLink().Replace(line.Trim(), m => m.Groups["text"].Value).Replace("`", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal));
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0) paragraphs.Add(string.Join(' ', current));
            current.Clear();
        }
    }

    private static FrozenDictionary<string, string> LoadPages()
    {
        var assembly = typeof(RuleHelp).Assembly;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            pages[name[ResourcePrefix.Length..^".md".Length]] = reader.ReadToEnd();
        }

        return pages.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string WithoutTitle(string page) =>
        page.StartsWith("# ", StringComparison.Ordinal) && page.IndexOf('\n') is var end and > 0 ? page[(end + 1)..] : page;

    private static string Absolute(string target)
    {
        if (target.StartsWith('#') || Uri.TryCreate(target, UriKind.Absolute, out _))
            return target;
        return new Uri(new Uri(PlanLintInfo.RulesFolderUrl), target).AbsoluteUri;
    }

    /// <summary>Plain text for tools that cannot show Markdown: table rows become "Name: value", code keeps its lines, links show their address.</summary>
    internal static string ToPlainText(string markdown)
    {
        var sb = new StringBuilder();
        bool inCode = false;
        foreach (string line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                sb.Append("    ").Append(line).Append('\n');
                continue;
            }

            string trimmed = line.Trim();
            if (trimmed.StartsWith('|'))
            {
                var cells = trimmed.Trim('|').Split('|').Select(c => Inline(c.Trim())).ToArray();
                if (cells.All(c => c.Length == 0 || c.All(ch => ch is '-' or ':')))
                    continue;
                sb.Append(string.Join(": ", cells.Where(c => c.Length > 0))).Append('\n');
            }
            else if (trimmed.StartsWith('#'))
            {
                if (sb.Length > 0 && !sb.ToString().EndsWith("\n\n", StringComparison.Ordinal)) sb.Append('\n');
                sb.Append(Inline(trimmed.TrimStart('#').Trim())).Append('\n');
            }
            else
            {
                sb.Append(Inline(line)).Append('\n');
            }
        }

        return sb.ToString().Trim();
    }

    private static string Inline(string text) =>
        MarkdownLink().Replace(text, m => $"{m.Groups["text"].Value} ({m.Groups["target"].Value})")
            .Replace("`", "", StringComparison.Ordinal)
            .Replace("**", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("<!--.*?-->\\n?", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();
}
