using System.Globalization;

namespace PlanLint.Formatters.Sarif;

/// <summary>
/// GitHub's <c>primaryLocationLineHash</c>, computed exactly as github/codeql-action's upload step does
/// (src/fingerprints.ts) so that uploads match the alerts GitHub already has instead of opening duplicates.
/// For each line it is a rolling hash (base 37, 64-bit wrap-around) of the 100 characters starting at the
/// line, counted without spaces and tabs, with CR, LF and CRLF all read as LF, the end of the file marked by
/// U+FFFF and followed by zeros; identical hashes are told apart by a ":n" occurrence count in file order.
/// The text is hashed as UTF-16 code units, as JavaScript's charCodeAt sees it, byte-order mark included.
/// </summary>
public static class PrimaryLocationLineHash
{
    private const int BlockSize = 100;
    private const ulong Mod = 37;
    private const int EndOfFile = 0xFFFF;

    private static readonly ulong FirstMod = ComputeFirstMod();

    /// <summary>The hash of every line; element 0 is line 1. A text ending in a newline has one more, empty, line.</summary>
    public static IReadOnlyList<string> Compute(string text)
    {
        var state = new Hasher();
        foreach (char c in text)
            state.Process(c);
        state.Process(EndOfFile);
        state.Flush();
        return state.Hashes;
    }

    private static ulong ComputeFirstMod()
    {
        ulong value = 1;
        for (int i = 0; i < BlockSize; i++)
            value = unchecked(value * Mod);
        return value;
    }

    private sealed class Hasher
    {
        private readonly int[] window = new int[BlockSize];
        private readonly int[] lineNumbers = Enumerable.Repeat(-1, BlockSize).ToArray();
        private readonly Dictionary<ulong, int> counts = [];
        private ulong hash;
        private int index;
        private int lineNumber;
        private bool lineStart = true;
        private bool previousWasCr;

        public List<string> Hashes { get; } = [];

        public void Process(int current)
        {
            if (current is ' ' or '\t' || (previousWasCr && current == '\n'))
            {
                previousWasCr = false;
                return;
            }

            if (current == '\r')
            {
                current = '\n';
                previousWasCr = true;
            }
            else
            {
                previousWasCr = false;
            }

            if (lineNumbers[index] != -1)
                Output();
            if (lineStart)
            {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }

            if (current == '\n')
                lineStart = true;
            Update(current);
        }

        public void Flush()
        {
            for (int i = 0; i < BlockSize; i++)
            {
                if (lineNumbers[index] != -1)
                    Output();
                Update(0);
            }
        }

        private void Output()
        {
            int count = counts.GetValueOrDefault(hash) + 1;
            counts[hash] = count;
            // Lines reach the front of the window in order, so the list index is the line number - 1.
            Hashes.Add(hash.ToString("x", CultureInfo.InvariantCulture) + ":" + count.ToString(CultureInfo.InvariantCulture));
            lineNumbers[index] = -1;
        }

        private void Update(int current)
        {
            int begin = window[index];
            window[index] = current;
            hash = unchecked((Mod * hash) + (ulong)current - (FirstMod * (ulong)begin));
            index = (index + 1) % BlockSize;
        }
    }
}
