using System.Diagnostics;
using System.Text;

namespace PlanLint.Tests.Support;

/// <summary>
/// Programs outside the .NET SDK that some tests drive for real: LibreOffice, Poppler, Chromium, python-docx, the SARIF
/// multitool. <c>dotnet test</c> on a machine without one skips its tests and says why; under <c>CI=true</c> they run
/// and fail, so CI never passes by skipping. <c>.ci/run</c> installs them (Debian packages on PATH, npm packages under
/// the repository's <c>.tools/</c>). Test classes that use them carry <c>[Trait("Category", "Tools")]</c>.
/// </summary>
public static class ExternalTools
{
    public const string Category = "Tools";

    /// <summary>Whether missing tools must fail the run instead of skipping it.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where <c>.ci/run</c> installs npm tools: <c>.tools/node_modules</c> at the repository root.</summary>
    public static string NodeModules => Repo.Path(".tools", "node_modules");

    /// <summary>
    /// The full path of a program on PATH or in <see cref="NodeModules"/>/.bin, or null; "npm:NAME" names an npm package
    /// without a program (axe-core), found as its folder under <see cref="NodeModules"/>.
    /// </summary>
    public static string? Find(string tool)
    {
        if (tool.StartsWith("npm:", StringComparison.Ordinal))
        {
            string package = Path.Combine(NodeModules, tool["npm:".Length..]);
            return File.Exists(Path.Combine(package, "package.json")) ? package : null;
        }

        if (tool.StartsWith("python3-", StringComparison.Ordinal))
            return PythonModule(tool["python3-".Length..]) ? "/usr/bin/python3" : null;
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(NodeModules, ".bin"));
        foreach (var folder in folders)
        {
            string candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>The full path of a program a test needs; fails the test with how to get it when it is absent.</summary>
    public static string Require(string tool) =>
        Find(tool) ?? throw new InvalidOperationException($"{tool} is not installed; .ci/run installs it (see its header for the packages).");

    /// <summary>The names among <paramref name="tools"/> that are not installed.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> tools) => [.. tools.Where(t => Find(t) is null)];

    /// <summary>Runs a program to completion with a time limit; kills it (and its children) when the limit passes.</summary>
    public static ToolRun Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s: {stderr}");
        }

        process.WaitForExit();
        return new ToolRun(process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    private static bool PythonModule(string module) =>
        File.Exists("/usr/bin/python3") && Run("/usr/bin/python3", ["-c", $"import {module}"], TimeSpan.FromSeconds(30)).ExitCode == 0;
}

public sealed record ToolRun(int ExitCode, string Output, string Error);

/// <summary>A fact that needs the named external tools (see <see cref="ExternalTools"/>): skipped without them, except under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        Tools = tools;
        var missing = ExternalTools.Missing(tools);
        if (missing.Count > 0 && !ExternalTools.InCi)
            Skip = $"needs {string.Join(", ", missing)}, which .ci/run installs";
    }

    public IReadOnlyList<string> Tools { get; }
}

/// <summary>A theory that needs the named external tools; see <see cref="ToolFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        Tools = tools;
        var missing = ExternalTools.Missing(tools);
        if (missing.Count > 0 && !ExternalTools.InCi)
            Skip = $"needs {string.Join(", ", missing)}, which .ci/run installs";
    }

    public IReadOnlyList<string> Tools { get; }
}

/// <summary>LibreOffice, headless, with a private profile per call (two runs never share or lock one) and a time limit.</summary>
public static class Office
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Converts <paramref name="input"/> to <paramref name="format"/> ("pdf", "docx", "odt", …) in <paramref name="outputFolder"/>; returns the written file.</summary>
    public static string Convert(string input, string format, string outputFolder)
    {
        string soffice = ExternalTools.Require("soffice");
        string profile = Path.Combine(Path.GetTempPath(), "planlint-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = ExternalTools.Run(soffice,
                ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--nologo", "--convert-to", format, "--outdir", outputFolder, input],
                Timeout, environment: new Dictionary<string, string> { ["HOME"] = profile });
            string written = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(input) + "." + format.Split(':')[0]);
            if (run.ExitCode != 0 || !File.Exists(written))
                throw new InvalidOperationException($"LibreOffice did not convert {Path.GetFileName(input)} to {format} (exit {run.ExitCode}): {run.Output} {run.Error}");
            return written;
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>
    /// The writer_pdf_Export filter with a document's comments: in the page margin where LibreOffice can (7.6 and later:
    /// ExportNotesInMargin; older versions ignore the option), and as PDF note annotations (ExportNotes) in any version.
    /// </summary>
    public const string PdfWithComments =
        "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"},\"ExportNotesInMargin\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    /// <summary>
    /// The text of a PDF's note annotations (/Subtype /Text), as LibreOffice writes them for comments: each /Contents
    /// string, UTF-16 (with its byte order mark) or PDFDocEncoding, in a plain (not object-stream) dictionary.
    /// </summary>
    public static IReadOnlyList<string> PdfNotes(string pdf)
    {
        string raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var notes = new List<string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(raw, @"/Subtype\s*/Text\b[^>]*?/Contents\s*(?:<(?<hex>[0-9A-Fa-f\s]*)>|\((?<literal>(?:\\.|[^\\)])*)\))"))
        {
            byte[] bytes = m.Groups["hex"].Success
                ? System.Convert.FromHexString(string.Concat(m.Groups["hex"].Value.Where(char.IsAsciiHexDigit)))
                : System.Text.Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(m.Groups["literal"].Value, @"\\([nrtbf()\\]|[0-7]{1,3})", e => e.Groups[1].Value switch
                {
                    "n" => "\n",
                    "r" => "\r",
                    "t" => "\t",
                    "b" => "\b",
                    "f" => "\f",
                    var o when char.IsDigit(o[0]) => ((char)System.Convert.ToInt32(o, 8)).ToString(),
                    var c => c,
                }));
            notes.Add(bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
                ? System.Text.Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
                : System.Text.Encoding.Latin1.GetString(bytes));
        }

        return notes;
    }

    /// <summary>
    /// The text of a PDF as Poppler's pdftotext lays it out: with <paramref name="layout"/>, line by line across the page
    /// (table cells side by side interleave); without, in reading order (each cell's lines together). Pages end with a form feed.
    /// </summary>
    public static string PdfText(string pdf, bool layout = true)
    {
        var run = ExternalTools.Run(ExternalTools.Require("pdftotext"), layout ? ["-layout", pdf, "-"] : [pdf, "-"], TimeSpan.FromMinutes(1));
        if (run.ExitCode != 0) throw new InvalidOperationException($"pdftotext failed on {Path.GetFileName(pdf)}: {run.Error}");
        return run.Output;
    }
}
