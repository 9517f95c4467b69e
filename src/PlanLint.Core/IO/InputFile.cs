using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PlanLint.Text;

namespace PlanLint.IO;

/// <summary>Why a file could not be read, in words for a one-line message.</summary>
public enum InputProblemKind
{
    Missing,
    Folder,
    NotRegular,
    TooLarge,
    Unreadable,
}

/// <summary>Why an input file could not be read; <see cref="Message"/> is a sentence naming what the file was meant to be.</summary>
public sealed record InputProblem(InputProblemKind Kind, string Message);

/// <summary>
/// The one way PlanLint reads a file it was given or found (plans, planlint.json and what it extends, suppression side
/// files, baselines, rule files): regular files only, so a named pipe or a device is refused with a message instead
/// of blocking or reading forever; at most the limit read, whatever size the file claims (a link to /dev/zero claims
/// none); and every file read is recorded in the current <see cref="InputLedger"/>, so no output is written over it.
/// </summary>
public static class InputFile
{
    /// <summary>The largest input read unless configuration says otherwise.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>Reads a whole file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="what">What the file is meant to be, for messages: "plan file", "configuration file", "baseline".</param>
    public static bool TryRead(string path, long maxBytes, string what, out ReadOnlyMemory<byte> content, [NotNullWhen(false)] out InputProblem? problem)
    {
        content = ReadOnlyMemory<byte>.Empty;
        var status = FileStatus.Of(path);
        if (Refuse(status, what) is { } refused)
        {
            problem = refused;
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            // The file opened may not be the one looked at (replaced in between): check what was opened.
            var opened = FileStatus.Of(stream.SafeFileHandle);
            if (opened.Kind != FileKind.Unknown && Refuse(opened, what) is { } changed)
            {
                problem = changed;
                return false;
            }

            long claimed = opened.Kind == FileKind.Regular || status.Kind == FileKind.Regular ? SafeLength(stream) : 0;
            if (claimed > maxBytes)
            {
                problem = TooLarge(what, maxBytes, claimed);
                return false;
            }

            if (!TryReadAtMost(stream, maxBytes, (int)Math.Min(claimed, maxBytes), out content))
            {
                problem = TooLarge(what, maxBytes, null);
                return false;
            }

            InputLedger.Current?.Record(path, opened.Identity ?? status.Identity);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = new InputProblem(InputProblemKind.Missing, $"The {what} does not exist.");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new InputProblem(InputProblemKind.Unreadable, $"The {what} could not be read: {OneLine(e.Message)}");
            return false;
        }
    }

    /// <summary>Why a file of this kind is not read, or null when it is a regular file (or its kind cannot be told).</summary>
    public static InputProblem? Refuse(FileStatus status, string what) => status.Kind switch
    {
        FileKind.Missing => new InputProblem(InputProblemKind.Missing, $"The {what} does not exist."),
        FileKind.Directory => new InputProblem(InputProblemKind.Folder, $"This is a folder, not a {what}."),
        FileKind.Regular or FileKind.Unknown => null,
        _ => new InputProblem(InputProblemKind.NotRegular, $"This is {status.Describe()}, not a regular file; PlanLint reads a {what} only from a regular file."),
    };

    private static InputProblem TooLarge(string what, long limit, long? size) => new(
        InputProblemKind.TooLarge,
        size is { } known
            ? $"The file is {ByteSizes.Describe(known)}, larger than the {ByteSizes.Describe(limit)} limit for a {what}."
            : $"The file holds more than the {ByteSizes.Describe(limit)} limit for a {what}.");

    /// <summary>Reads until the end of the stream or one byte past <paramref name="limit"/>, whichever comes first.</summary>
    private static bool TryReadAtMost(Stream stream, long limit, int expected, out ReadOnlyMemory<byte> content)
    {
        var buffer = new byte[Math.Max(expected, 0) + 1];
        long total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit) break;
                long grown = Math.Min(Math.Max((long)buffer.Length * 2, 4096), limit + 1);
                Array.Resize(ref buffer, (int)Math.Min(grown, Array.MaxLength));
            }

            int read = stream.Read(buffer, (int)total, buffer.Length - (int)total);
            if (read == 0) break;
            total += read;
            if (total > limit) break;
        }

        content = buffer.AsMemory(0, (int)Math.Min(total, limit));
        return total <= limit;
    }

    private static long SafeLength(FileStream stream)
    {
        try
        {
            return stream.Length;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return 0;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

/// <summary>
/// The files one command has read, by identity, so that none of them is written over by an output, however the output
/// is named (a symbolic link, a hard link, another spelling of the path). Open one with <see cref="Begin"/> for the
/// length of a command; <see cref="InputFile"/> records into it, on every thread the command's work flows to.
/// </summary>
public sealed class InputLedger : IDisposable
{
    private static readonly AsyncLocal<InputLedger?> Ambient = new();

    // Keyed and valued by strings: a concurrent dictionary over a value type (FileIdentity, byte) cannot be compiled ahead
    // of time (ReadyToRun), so each run would JIT-compile it.
    private readonly ConcurrentDictionary<string, string> byIdentity = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> byPath = new(PathComparer);
    private readonly InputLedger? outer;

    private InputLedger(InputLedger? outer) => this.outer = outer;

    /// <summary>The ledger of the command running on this flow of execution, if any.</summary>
    public static InputLedger? Current => Ambient.Value;

    internal static StringComparer PathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static InputLedger Begin()
    {
        var ledger = new InputLedger(Ambient.Value);
        Ambient.Value = ledger;
        return ledger;
    }

    /// <summary>Records a file as an input (also for files named as inputs before they are read).</summary>
    public void Record(string path, FileIdentity? identity = null)
    {
        string full = Path.GetFullPath(path);
        byPath.TryAdd(full, full);
        if ((identity ?? FileStatus.Of(full).Identity) is { } id)
            byIdentity.TryAdd(Key(id), full);
    }

    /// <summary>The input a file is, if it is one: by identity where the system gives one, else by its full path.</summary>
    public string? InputAt(string path, FileIdentity? identity)
    {
        if (identity is { } id && byIdentity.TryGetValue(Key(id), out var input))
            return input;
        string full = Path.GetFullPath(path);
        return byPath.ContainsKey(full) ? full : null;
    }

    private static string Key(FileIdentity identity) =>
        identity.Device.ToString(CultureInfo.InvariantCulture) + ":" + identity.Index.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (Ambient.Value == this)
            Ambient.Value = outer;
    }
}
