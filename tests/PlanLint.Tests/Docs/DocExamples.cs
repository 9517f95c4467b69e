using System.Text;
using System.Text.RegularExpressions;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Docs;

/// <summary>What a fenced block in the docs is, by its info string (```` ```sh ````, ```` ```json planlint.json ````, …).</summary>
public enum DocBlockKind
{
    /// <summary><c>sh</c>: commands, each run through the real command line.</summary>
    Commands,

    /// <summary><c>text</c> starting with <c>$ planlint …</c>: a command and what it prints ("…" stands for any lines).</summary>
    Transcript,

    /// <summary><c>json planlint.json</c>: a configuration to copy; linting with it must work.</summary>
    Configuration,

    /// <summary><c>json file=PATH</c>: a file the following examples of the page use, written where it says.</summary>
    SetupFile,

    /// <summary><c>json suppressions</c>: a suppression side file.</summary>
    SideFile,

    /// <summary><c>yaml rule</c> / <c>json rule</c>: a declarative rule of a rule pack.</summary>
    PackRule,

    /// <summary><c>yaml pre-commit</c>: a .pre-commit-config.yaml.</summary>
    PreCommitConfig,

    /// <summary><c>yaml workflow</c>: a GitHub Actions workflow.</summary>
    Workflow,

    /// <summary><c>json vscode-tasks</c>: a VS Code tasks.json whose commands run.</summary>
    VsCodeTasks,

    /// <summary><c>json vscode-settings</c>: VS Code settings naming schema files.</summary>
    VsCodeSettings,

    /// <summary><c>json output of: COMMAND</c>: findings the command prints.</summary>
    JsonOutput,

    /// <summary>Marked <c>not-run: REASON</c>: cannot run on this machine (a download, another operating system, the test run itself).</summary>
    NotRun,

    /// <summary>Anything else: plans and fragments of plans, code, sample output.</summary>
    Other,
}

/// <summary>One fenced block of a Markdown page.</summary>
public sealed record DocBlock(string File, int Line, string Language, string Attributes, string Body)
{
    public string? NotRunReason => Attributes.IndexOf("not-run:", StringComparison.Ordinal) is var i and >= 0 ? Attributes[(i + "not-run:".Length)..].Trim() : null;

    public DocBlockKind Kind => (Language, Attributes) switch
    {
        _ when NotRunReason is not null => DocBlockKind.NotRun,
        ("sh" or "shell" or "bash" or "console", "") => DocBlockKind.Commands,
        ("text", "") when Body.StartsWith("$ ", StringComparison.Ordinal) => DocBlockKind.Transcript,
        ("json" or "jsonc", "planlint.json") => DocBlockKind.Configuration,
        (_, var a) when a.StartsWith("file=", StringComparison.Ordinal) => DocBlockKind.SetupFile,
        ("json", "suppressions") => DocBlockKind.SideFile,
        ("json" or "yaml", "rule") => DocBlockKind.PackRule,
        ("yaml", "pre-commit") => DocBlockKind.PreCommitConfig,
        ("yaml", "workflow") => DocBlockKind.Workflow,
        ("json", "vscode-tasks") => DocBlockKind.VsCodeTasks,
        ("json", "vscode-settings") => DocBlockKind.VsCodeSettings,
        ("json", var a) when a.StartsWith("output of:", StringComparison.Ordinal) => DocBlockKind.JsonOutput,
        _ => DocBlockKind.Other,
    };

    public override string ToString() => $"{File}:{Line} ```{Language} {Attributes}".TrimEnd();
}

/// <summary>Finds the fenced blocks of the Markdown pages whose examples must work when copied.</summary>
public static partial class DocPages
{
    /// <summary>README.md, CONTRIBUTING.md, every page under docs/ and every page under rules/, as paths relative to the repository.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "README.md",
        "CONTRIBUTING.md",
        .. Directory.GetFiles(Repo.Path("docs"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Repo.Path("rules"), "*.md", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    public static IReadOnlyList<DocBlock> Blocks(string page)
    {
        string text = File.ReadAllText(Repo.Path(page)).ReplaceLineEndings("\n");
        var blocks = new List<DocBlock>();
        foreach (Match m in Fence().Matches(text))
        {
            string indent = m.Groups["indent"].Value;
            string info = m.Groups["info"].Value.Trim();
            int space = info.IndexOf(' ', StringComparison.Ordinal);
            string language = space < 0 ? info : info[..space];
            string attributes = space < 0 ? "" : info[(space + 1)..].Trim();
            string body = string.Join('\n', m.Groups["body"].Value.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l));
            int line = text.AsSpan(0, m.Index).Count('\n') + 1;
            blocks.Add(new DocBlock(page, line, language, attributes, body));
        }

        return blocks;
    }

    [GeneratedRegex("^(?<indent> *)```(?<info>[^\\n`]*)\\n(?<body>.*?)^\\k<indent>```[ ]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}

/// <summary>Shell-like splitting of a documented command: quotes, backslash-newline, comments and one "&gt; FILE" redirection.</summary>
public static class DocCommands
{
    public sealed record Command(string Text, IReadOnlyList<string> Words, string? RedirectTo);

    public static IReadOnlyList<Command> Parse(string body)
    {
        var commands = new List<Command>();
        var joined = body.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n');
        foreach (var raw in joined)
        {
            string line = raw.Trim();
            if (line.StartsWith("$ ", StringComparison.Ordinal)) line = line[2..];
            var words = Words(line);
            if (words.Count == 0) continue;
            string? redirect = null;
            int at = words.IndexOf(">");
            if (at >= 0)
            {
                redirect = words[at + 1];
                words = words[..at];
            }

            commands.Add(new Command(line, words, redirect));
        }

        return commands;
    }

    /// <summary>Words of one line; a "#" that starts a word starts a comment.</summary>
    public static List<string> Words(string line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else current.Append(c);
                continue;
            }

            if (c is '\'' or '"') { quote = c; inWord = true; continue; }
            if (char.IsWhiteSpace(c))
            {
                if (inWord) { words.Add(current.ToString()); current.Clear(); inWord = false; }
                continue;
            }

            if (c == '#' && !inWord) break;
            current.Append(c);
            inWord = true;
        }

        if (inWord) words.Add(current.ToString());
        return words;
    }

    /// <summary>The planlint arguments of a documented command, or null when it is not a planlint command.</summary>
    public static string[]? PlanLintArguments(IReadOnlyList<string> words)
    {
        if (words.Count > 0 && words[0] == "planlint") return [.. words.Skip(1)];
        // The README's first set-up command is planlint run from source.
        if (words.Count >= 4 && words[0] == "dotnet" && words[1] == "run" && words[2] == "--project" && words[3] == "src/PlanLint.Cli")
        {
            int separator = words.ToList().IndexOf("--");
            return separator < 0 ? [] : [.. words.Skip(separator + 1)];
        }

        return null;
    }
}

/// <summary>Matches documented output against real output: a line "…" stands for any number of lines.</summary>
public static class Transcripts
{
    public static bool Matches(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var memo = new Dictionary<(int, int), bool>();
        bool Match(int e, int a)
        {
            if (memo.TryGetValue((e, a), out bool known)) return known;
            bool result;
            if (e == expected.Count) result = a == actual.Count;
            else if (expected[e] == "…") result = Match(e + 1, a) || (a < actual.Count && Match(e, a + 1));
            else result = a < actual.Count && expected[e] == actual[a] && Match(e + 1, a + 1);
            return memo[(e, a)] = result;
        }

        return Match(0, 0);
    }

    public static IReadOnlyList<string> Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];
}
