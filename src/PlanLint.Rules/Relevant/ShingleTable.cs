namespace PlanLint.Rules.Relevant;

/// <summary>
/// For <see cref="NearDuplicateIndex"/>: per distinct shingle hash, how many groups hold it and its latest posting, in an
/// open-addressing table (linear probing, at most two-thirds full) of a size fixed when it is made. It is ours rather than a
/// <c>Dictionary&lt;ulong, (int, int)&gt;</c> because the ReadyToRun build cannot precompile a framework collection over
/// value types, so that dictionary was JIT-compiled at every start; this is precompiled, and as fast.
/// </summary>
internal sealed class ShingleTable
{
    private readonly ulong[] keys;
    private readonly int[] frequency;
    private readonly int[] latest;
    private readonly int mask;
    private readonly int shift;

    /// <param name="capacity">The most distinct shingles that will be added.</param>
    public ShingleTable(int capacity)
    {
        int bits = 1;
        while (1L << bits < capacity + (long)capacity / 2) bits++;
        keys = new ulong[1 << bits];
        frequency = new int[1 << bits];
        latest = new int[1 << bits];
        mask = (1 << bits) - 1;
        shift = 64 - bits;
    }

    /// <summary>Counts one more group holding <paramref name="shingle"/>.</summary>
    public void Add(ulong shingle)
    {
        int slot = Find(shingle);
        if (frequency[slot]++ == 0)
        {
            keys[slot] = shingle;
            latest[slot] = -1;
        }
    }

    /// <summary>The slot of <paramref name="shingle"/>, or the empty slot where it would go.</summary>
    public int Find(ulong shingle)
    {
        // Fibonacci hashing: the top bits of the product depend on every bit of the shingle.
        int slot = (int)((shingle * 0x9E3779B97F4A7C15UL) >> shift);
        while (frequency[slot] != 0 && keys[slot] != shingle)
            slot = (slot + 1) & mask;
        return slot;
    }

    public int Frequency(int slot) => frequency[slot];

    /// <summary>The latest posting of the slot's shingle, or -1 before its first.</summary>
    public int Latest(int slot) => latest[slot];

    public void SetLatest(int slot, int posting) => latest[slot] = posting;
}
