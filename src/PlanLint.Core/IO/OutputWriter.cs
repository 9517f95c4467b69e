using System.Text;

namespace PlanLint.IO;

/// <summary>
/// Writes the outputs of one command, all or nothing for files: every file is first written to a temporary file beside
/// it, and only when all of them are complete are they renamed over their targets; then standard output and special
/// files are written. Nothing is written over a file the command read (its <see cref="InputLedger"/>) or named as an
/// input. Used by every command that writes: check's reports, import, init, baseline and suppress.
/// <code>
/// var writer = new OutputWriter(output, error);
/// writer.Add(target, "SARIF log", stream => formatter.Write(report, stream));
/// if (!writer.Commit()) return ExitCodes.Usage;   // the reason is on standard error
/// </code>
/// </summary>
public sealed class OutputWriter(TextWriter standardOutput, TextWriter standardError)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<Output> outputs = [];
    private readonly List<OutputTarget> updates = [];
    private readonly List<string> protectedInputs = [];

    /// <summary>Queues an output; nothing is written until <see cref="Commit"/>.</summary>
    /// <param name="what">What the output is, for messages: "SARIF log", "baseline".</param>
    public OutputWriter Add(OutputTarget target, string what, Action<Stream> write)
    {
        outputs.Add(new Output(target, what, write));
        return this;
    }

    /// <summary>Queues a new version of an input the command was asked to rewrite (a pruned baseline); the only output allowed over an input.</summary>
    public OutputWriter AddUpdate(OutputTarget target, string what, Action<Stream> write)
    {
        updates.Add(target);
        return Add(target, what, write);
    }

    /// <summary>Queues text, written as UTF-8 without a byte order mark.</summary>
    public OutputWriter AddText(OutputTarget target, string what, string text) =>
        Add(target, what, stream => stream.Write(Utf8NoBom.GetBytes(text)));

    /// <summary>Files no output may replace, besides those the current <see cref="InputLedger"/> recorded.</summary>
    public OutputWriter Protect(IEnumerable<string> inputs)
    {
        protectedInputs.AddRange(inputs);
        return this;
    }

    /// <summary>Writes everything queued; false, with a one-line message per problem on standard error, when any output could not be written.</summary>
    public bool Commit()
    {
        foreach (var (target, what, _) in outputs)
        {
            if (OverwrittenInput(target) is { } input)
            {
                Problem($"refusing to write the {what} to '{target.Given}': it is the input '{input}'.");
                return false;
            }
        }

        var staged = new List<Staged>();
        try
        {
            foreach (var (target, what, write) in outputs.Where(o => o.Target.Kind == OutputKind.File))
            {
                try
                {
                    staged.Add(new Staged(AtomicFile.Stage(target.Path, write), target, what));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Problem($"could not write the {what} to '{target.Given}': {OneLine(e.Message)}");
                    return false;
                }
            }

            // Every target is checked again before the first rename, so one that became a folder or a device in the
            // meantime stops all of them, not just itself.
            foreach (var (_, target, what) in staged)
            {
                var now = FileStatus.Of(target.Path);
                if (now.Kind is not (FileKind.Regular or FileKind.Missing or FileKind.Unknown))
                {
                    Problem($"could not write the {what} to '{target.Given}': it is now {now.Describe()}.");
                    return false;
                }
            }

            for (int i = 0; i < staged.Count; i++)
            {
                var (temporary, target, what) = staged[i];
                try
                {
                    AtomicFile.Replace(temporary, target.Path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Problem($"could not write the {what} to '{target.Given}': {OneLine(e.Message)}");
                    return false;
                }

                staged[i] = staged[i] with { What = "" };
            }
        }
        finally
        {
            foreach (var (temporary, _, what) in staged)
            {
                if (what.Length > 0) AtomicFile.TryDelete(temporary);
            }
        }

        foreach (var (target, what, write) in outputs.Where(o => o.Target.Kind != OutputKind.File))
        {
            try
            {
                WriteInPlace(target, write);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Problem($"could not write the {what} to '{target.Given}': {OneLine(e.Message)}");
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes one output at once; false, with the reason on standard error, when it could not be written.</summary>
    public static bool WriteOne(OutputTarget target, string what, Action<Stream> write, TextWriter standardOutput, TextWriter standardError) =>
        new OutputWriter(standardOutput, standardError).Add(target, what, write).Commit();

    private string? OverwrittenInput(OutputTarget target)
    {
        if (target.Kind != OutputKind.File || updates.Contains(target)) return null;
        if (InputLedger.Current?.InputAt(target.Path, target.Identity ?? FileStatus.Of(target.Path).Identity) is { } read)
            return read;
        return protectedInputs.FirstOrDefault(target.Overwrites);
    }

    private void WriteInPlace(OutputTarget target, Action<Stream> write)
    {
        if (target.IsStandardStream)
        {
            var writer = target.Kind == OutputKind.StandardOutput ? standardOutput : standardError;
            using var buffer = new MemoryStream();
            write(buffer);
            writer.Write(Utf8NoBom.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Flush();
            return;
        }

        // Opened for writing as it is: never created, truncated by rename or replaced (a FIFO waits for its reader).
        using var stream = new FileStream(target.Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        using (var buffered = new BufferedStream(stream, 64 * 1024))
        {
            write(buffered);
            buffered.Flush();
        }
    }

    private void Problem(string message) => standardError.WriteLine("planlint: " + PlanLint.Text.TerminalSafe.Escape(message));

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    // Records, not tuples: lists of tuples (value types) and LINQ over them cannot be compiled ahead of time
    // (ReadyToRun), so every run would JIT-compile them.
    private sealed record Output(OutputTarget Target, string What, Action<Stream> Write);

    /// <summary>A file written to its temporary beside the target; <see cref="What"/> is emptied once it is in place.</summary>
    private sealed record Staged(string Temporary, OutputTarget Target, string What);
}
