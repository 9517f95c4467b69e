using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PlanLint.Linting.Packs;

/// <summary>Why the pack host did not answer, in words that follow "its pack host …" or stand after a pack's name.</summary>
internal sealed class PackHostException(string message) : Exception(message);

/// <summary>
/// One running pack host: one request line out, one answer line back, within a time budget. A host that exits, crashes
/// or overruns its budget is stopped (with everything it started) and described by <see cref="PackHostException"/>.
/// </summary>
internal sealed class PackHostProcess
{
    private const int KeptErrorChars = 4000;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Process process;
    private readonly StringBuilder errors = new();
    private volatile bool timedOut;

    private PackHostProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                if (e.Data is { } line && errors.Length < KeptErrorChars)
                    errors.AppendLine(line);
            }
        };
        process.BeginErrorReadLine();
    }

    // A host left running (a run that ended early, a test) goes when PlanLint lets go of it; at exit its input closes and it ends anyway.
    ~PackHostProcess() => Stop();

    /// <exception cref="PackHostException">The host could not be started.</exception>
    public static PackHostProcess Start(string packPath)
    {
        var command = PackHostCommand.Find(out string? problem) ?? throw new PackHostException(problem ?? "the pack host cannot be found.");
        var start = new ProcessStartInfo(command.Dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            StandardInputEncoding = Utf8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(command.HostAssembly);
        start.ArgumentList.Add(Path.GetFullPath(packPath));
        try
        {
            return new PackHostProcess(Process.Start(start) ?? throw new PackHostException($"'{command.Dotnet}' did not start."));
        }
        catch (Win32Exception e)
        {
            throw new PackHostException($"'{command.Dotnet}' could not be started: {e.Message}");
        }
    }

    /// <summary>Sends one request line (none for the host's first word) and reads the answer line.</summary>
    /// <exception cref="PackHostException">The host stopped, or did not answer within the budget; it is no longer running.</exception>
    public string Exchange(ReadOnlySpan<byte> request, TimeSpan budget)
    {
        string? answer = null;
        using (new Timer(_ => { timedOut = true; Stop(); }, null, budget, Timeout.InfiniteTimeSpan))
        {
            try
            {
                if (!request.IsEmpty)
                {
                    var input = process.StandardInput.BaseStream;
                    input.Write(request);
                    input.WriteByte((byte)'\n');
                    input.Flush();
                }

                answer = process.StandardOutput.ReadLine();
            }
            catch (IOException)
            {
                answer = null; // the host went away while PlanLint wrote or read
            }
        }

        if (answer is not null && !timedOut)
            return answer;
        throw new PackHostException(timedOut
            ? $"its pack host did not answer within {budget.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s (a rule that hangs or never ends?), so it was stopped"
            : Ended());
    }

    /// <summary>Stops the host and whatever it started; harmless when it has already ended.</summary>
    public void Stop()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // already gone
        }
    }

    private string Ended()
    {
        if (!process.WaitForExit(5000))
        {
            Stop();
            return "its pack host closed its output without answering, so it was stopped";
        }

        process.WaitForExit(); // drains what it wrote to standard error
        string said;
        lock (errors)
            said = errors.ToString().Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        if (said.Length > 200) said = said[..200] + "…";
        return $"its pack host exited with code {process.ExitCode} before it answered" + (said.Length > 0 ? $" ({said})" : "");
    }
}
