using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PlanLint.Cli;

namespace PlanLint.Fuzz;

/// <summary>
/// Issue 21's output paths, fuzzed: the first byte picks what the report is named as (a new file, an existing one, a
/// symbolic or hard link to the plan, a link to an existing report, a dangling link, a link loop, a folder, the plan
/// itself, a named pipe, standard output), the second picks the formats, the rest is the plan. Whatever the plan holds
/// and however the output is named, after the run: the plan is byte for byte what it was; no temporary file is left;
/// a run that failed (exit 2) left every existing report as it was; a report that was written is complete JSON; and
/// links, pipes and folders are still what they were.
/// </summary>
internal static class OutputTargets
{
    private const string Previous = "{\"previous\": true}\n";

    private enum Naming { NewFile, ExistingFile, LinkToPlan, HardLinkToPlan, LinkToReport, DanglingLink, LinkLoop, Folder, ThePlan, Fifo, StandardOutput, Count }

    public static void Run(byte[] bytes)
    {
        if (bytes.Length < 2) return;
        var naming = (Naming)(bytes[0] % (int)Naming.Count);
        int formats = bytes[1] % 4;
        byte[] planBytes = bytes[2..];

        string folder = Path.Combine(Path.GetTempPath(), $"planlint-fuzz-out-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            RunIn(folder, naming, formats, planBytes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void RunIn(string folder, Naming naming, int formats, byte[] planBytes)
    {
        string plan = Path.Combine(folder, "plan.plan.json");
        File.WriteAllBytes(plan, planBytes);
        string existing = Path.Combine(folder, "existing.sarif");
        File.WriteAllText(existing, Previous);
        string target = Path.Combine(folder, "report.out");
        Task<string>? pipeReader = null;
        switch (naming)
        {
            case Naming.ExistingFile: target = existing; break;
            case Naming.LinkToPlan: File.CreateSymbolicLink(target, plan); break;
            case Naming.HardLinkToPlan: Shell("ln", plan, target); break;
            case Naming.LinkToReport: File.CreateSymbolicLink(target, existing); break;
            case Naming.DanglingLink: File.CreateSymbolicLink(target, Path.Combine(folder, "gone", "nowhere.sarif")); break;
            case Naming.LinkLoop: File.CreateSymbolicLink(target, target + ".2"); File.CreateSymbolicLink(target + ".2", target); break;
            case Naming.Folder: Directory.CreateDirectory(target); break;
            case Naming.ThePlan: target = plan; break;
            case Naming.Fifo:
                Shell("mkfifo", target);
                string fifo = target;
                pipeReader = Task.Run(() => File.ReadAllText(fifo));
                break;
            case Naming.StandardOutput: target = "-"; break;
        }

        var kinds = Directory.EnumerateFileSystemEntries(folder).ToDictionary(p => p, Kind);
        string[] args = formats switch
        {
            0 => ["check", plan, "--format", "sarif", "--output", target],
            1 => ["check", plan, "--format", "json", "--output", target],
            2 => ["check", plan, "--sarif", target, "--format", "json", "--output", existing],
            _ => ["check", plan, "--sarif", target],
        };
        if (naming == Naming.StandardOutput && formats >= 2) args = ["check", plan, "--format", "json", "--output", "-"];

        var output = new StringWriter();
        int exit = PlanLintCommandLine.Run(args, output, new StringWriter());
        if (naming == Naming.Fifo && exit == 2)
        {
            // Nothing was written, so the reader is still waiting for a writer: open and close the pipe to end it.
            using (new FileStream(target, FileMode.Open, FileAccess.Write)) { }
        }

        string? piped = pipeReader is null ? null : pipeReader.Wait(TimeSpan.FromSeconds(30)) ? pipeReader.Result : throw new InvalidOperationException("The reader of the named pipe never got its end of file.");

        Check(File.ReadAllBytes(plan).AsSpan().SequenceEqual(planBytes), "the plan was modified");
        Check(!Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories).Any(), "a temporary file was left behind");
        foreach (var (path, kind) in kinds)
            Check(Kind(path) == kind, $"{Path.GetFileName(path)} was {kind} and is now {Kind(path)}");
        if (exit == 2)
        {
            Check(File.ReadAllText(existing) == Previous, "a failed run changed an existing report");
            return;
        }

        Check(exit is 0 or 1, $"exit code {exit}");
        string? written = naming switch
        {
            Naming.StandardOutput => output.ToString(),
            Naming.Fifo => piped,
            Naming.NewFile or Naming.ExistingFile or Naming.LinkToReport => File.ReadAllText(target),
            _ => null,
        };
        if (written is not null) JsonDocument.Parse(written).Dispose();
    }

    private static string Kind(string path) =>
        new FileInfo(path).LinkTarget is not null ? "link" : PlanLint.IO.FileStatus.Of(path).Kind.ToString();

    private static void Check(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException("Output invariant broken: " + what);
    }

    private static string Shell(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"{program} failed: {process.StandardError.ReadToEnd()}");
    }
}
