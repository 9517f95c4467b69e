using System.Collections.Concurrent;

namespace PlanLint.Rules.Language;

/// <summary>
/// Answers remembered per word across the plans of a run (a plan's vocabulary is small and every rule asks about the same
/// words again). The bound keeps hostile input from growing it without limit: words past it are worked out each time.
/// </summary>
internal sealed class BoundedMemo<T>(int limit, int initialCapacity = 31)
{
    // Growing a concurrent dictionary rebuilds every entry; sized for what one plan asks, a run of one plan never does.
    private readonly ConcurrentDictionary<string, T> known = new(Environment.ProcessorCount, initialCapacity, StringComparer.Ordinal);
    private int count;

    public T Get(string word, Func<string, T> compute)
    {
        if (known.TryGetValue(word, out var value)) return value;
        value = compute(word);
        if (Volatile.Read(ref count) < limit && known.TryAdd(word, value)) Interlocked.Increment(ref count);
        return value;
    }
}
