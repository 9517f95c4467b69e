namespace PlanLint.Rules.Relevant;

/// <summary>
/// For a set of keys, the first concern in plan order that shares the most of them, found without comparing it with
/// every concern: concerns are indexed by key, so only those sharing a key are counted, linear in the plan's size rather
/// than actions × concerns. The answer depends on the keys alone, so each distinct set of keys is answered once.
/// </summary>
internal sealed class SharedKeyIndex
{
    // Plans repeat concerns (a large plan hundreds of times), so concerns with identical keys are one group, counted once.
    // Groups are numbered in the plan order of their first concern, the only member that can be the answer. The groups
    // using each key are a chain through two parallel lists (a list per key cost an allocation each): latestUse[key] is
    // its last use, earlierUse[u] the use before u, usedBy[u] the group.
    private readonly List<int> firstConcern = [];
    private readonly Dictionary<string, int> latestUse;
    private readonly List<int> usedBy;
    private readonly List<int> earlierUse;
    // Answers as a record class, uses counted and looked up in loops: a framework collection or LINQ over a value type (a tuple,
    // an int) is JIT-compiled at every start of the ReadyToRun build.
    private readonly Dictionary<HashSet<string>, Answer> answers = new(HashSet<string>.CreateSetComparer());
    private readonly List<int> touched = [];
    private readonly int[] sharedWith;

    /// <param name="concernKeys">Each concern's keys, in plan order.</param>
    public SharedKeyIndex(IReadOnlyList<HashSet<string>> concernKeys)
    {
        var groupWithKeys = new Dictionary<HashSet<string>, int>(HashSet<string>.CreateSetComparer());
        int uses = 0;
        foreach (var keys in concernKeys) uses += keys.Count;
        latestUse = new Dictionary<string, int>(uses, StringComparer.Ordinal);
        usedBy = new List<int>(uses);
        earlierUse = new List<int>(uses);
        for (int ci = 0; ci < concernKeys.Count; ci++)
        {
            if (!groupWithKeys.TryAdd(concernKeys[ci], firstConcern.Count)) continue;
            firstConcern.Add(ci);
            foreach (var key in concernKeys[ci])
            {
                earlierUse.Add(latestUse.TryGetValue(key, out int latest) ? latest : -1);
                usedBy.Add(firstConcern.Count - 1);
                latestUse[key] = usedBy.Count - 1;
            }
        }

        sharedWith = new int[firstConcern.Count];
    }

    /// <summary>How many uses of keys the lookups so far have walked: the index's work, counted for tests.</summary>
    internal long ChainSteps { get; private set; }

    /// <summary>
    /// The first concern in plan order with the most of <paramref name="keys"/>, and how many it has; (-1, 0) when no
    /// concern has any. The index keeps <paramref name="keys"/> as given, so the caller must not change it afterwards.
    /// </summary>
    public (int Concern, int Shared) MostShared(HashSet<string> keys)
    {
        if (answers.TryGetValue(keys, out var known)) return (known.Concern, known.Shared);

        foreach (var key in keys)
        {
            if (!latestUse.TryGetValue(key, out int use)) continue;
            for (; use >= 0; use = earlierUse[use])
            {
                ChainSteps++;
                int group = usedBy[use];
                if (sharedWith[group]++ == 0) touched.Add(group);
            }
        }

        int best = -1, bestShared = 0;
        foreach (int group in touched)
        {
            int shared = sharedWith[group];
            sharedWith[group] = 0;
            if (shared > bestShared || (shared == bestShared && group < best)) (best, bestShared) = (group, shared);
        }

        touched.Clear();
        var answer = best < 0 ? new Answer(-1, 0) : new Answer(firstConcern[best], bestShared);
        answers[keys] = answer;
        return (answer.Concern, answer.Shared);
    }

    private sealed record Answer(int Concern, int Shared);
}
