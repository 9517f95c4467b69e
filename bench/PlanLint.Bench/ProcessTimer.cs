using System.Diagnostics;

namespace PlanLint.Bench;

/// <summary>Runs a command as a whole process and measures its wall time and peak resident memory.</summary>
internal static class ProcessTimer
{
    public sealed record Run(TimeSpan Wall, long PeakRssBytes, int ExitCode);

    public static Run Measure(string fileName, IEnumerable<string> args, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_TieredPGO"] = Environment.GetEnvironmentVariable("DOTNET_TieredPGO") ?? "1";

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        string status = $"/proc/{process.Id}/status";
        // VmHWM is the process's own high-water mark, so sampling it until exit finds the peak.
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMark(status));
            Thread.Sleep(2);
        }

        process.WaitForExit();
        stopwatch.Stop();
        _ = stdout.Result;
        _ = stderr.Result;
        return new Run(stopwatch.Elapsed, peak, process.ExitCode);
    }

    private static long ReadHighWaterMark(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
