namespace PlanLint.Rules.Relevant;

/// <summary>How <see cref="NearDuplicateIndex"/> judges two texts alike.</summary>
public sealed record NearDuplicateOptions
{
    public static readonly NearDuplicateOptions Default = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>
    /// The share of the shorter text's shingles that the longer must also hold (the overlap coefficient), from 0 to 1.
    /// Overlap rather than Jaccard similarity, so an action copied into a longer one still counts as copied.
    /// </summary>
    public double Similarity { get; init; } = 0.7;

    /// <summary>Texts with fewer shingles than this are too short to judge and are never matched.</summary>
    public int MinimumShingles { get; init; } = 4;

    /// <summary>
    /// A shingle held by more distinct texts than this is boilerplate ("at the monthly safety meeting"): it still
    /// counts when two texts are compared, but does not make them candidates. This bound keeps the work linear.
    /// </summary>
    public int MaxShingleFrequency { get; init; } = 32;
}

/// <summary>The result of <see cref="NearDuplicateIndex.FindSimilar"/>: which texts are like which, by the ids the index gave them.</summary>
public sealed class SimilarTexts
{
    private readonly IReadOnlyList<NearDuplicateIndex.Group> groups;
    private readonly int[] groupOf;

    internal SimilarTexts(IReadOnlyList<NearDuplicateIndex.Group> groups, int[] groupOf)
    {
        this.groups = groups;
        this.groupOf = groupOf;
        withSimilar = new List<int>?[groups.Count];
    }

    private readonly List<int>?[] withSimilar;

    /// <summary>
    /// A text and every text similar to it, in ascending order: one shared list for all the texts of a group of identical
    /// texts, so a caller can do per group (and reuse by reference) what would cost the group's size again for each member.
    /// </summary>
    public IReadOnlyList<int> WithSimilar(int id)
    {
        if (id < 0 || id >= groupOf.Length || groupOf[id] < 0) return [id];
        int g = groupOf[id];
        if (withSimilar[g] is { } cached) return cached;
        var ids = new List<int>(groups[g].Members);
        foreach (int other in groups[g].Similar) ids.AddRange(groups[other].Members);
        ids.Sort();
        return withSimilar[g] = ids;
    }

    /// <summary>The ids of the texts similar to a text, in ascending order, without the text itself.</summary>
    public IReadOnlyList<int> SimilarTo(int id)
    {
        if (id < 0 || id >= groupOf.Length || groupOf[id] < 0) return [];
        var group = groups[groupOf[id]];
        var ids = new List<int>(group.Members.Count);
        foreach (int member in group.Members)
            if (member != id) ids.Add(member);
        foreach (int g in group.Similar) ids.AddRange(groups[g].Members);
        ids.Sort();
        return ids;
    }
}

/// <summary>
/// Finds near-duplicate texts among many without comparing all pairs. Each text becomes a set of word shingles
/// (hashed with a fixed FNV-1a, so results never depend on process-randomised string hashing); texts with identical
/// shingle sets are grouped and compared once; candidates are pairs of groups that share a shingle held by at most
/// <see cref="NearDuplicateOptions.MaxShingleFrequency"/> groups (an inverted index over rare shingles); only candidates
/// are compared exactly. Work grows with the number of texts times shingles per text, not with its square, unless
/// the texts really are near-duplicates of each other. Results are in id order.
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly NearDuplicateOptions options;
    private readonly List<ulong[]> shingleSets = [];

    public NearDuplicateIndex(NearDuplicateOptions? options = null)
    {
        this.options = options ?? NearDuplicateOptions.Default;
        if (this.options.ShingleSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "ShingleSize must be at least 1.");
    }

    /// <summary>How many pairs of groups were compared exactly by the last <see cref="FindSimilarPairs"/>.</summary>
    public long CandidateComparisons { get; private set; }

    public int Count => shingleSets.Count;

    /// <summary>Adds a text, given as its words in order, and returns its id (0, 1, 2, …).</summary>
    public int Add(IReadOnlyList<string> words) => Add(Shingles(words, options.ShingleSize));

    /// <summary>Adds a text given as its <see cref="Shingles"/> (for the index's shingle size) and returns its id.</summary>
    public int Add(ulong[] shingles)
    {
        shingleSets.Add(shingles);
        return shingleSets.Count - 1;
    }

    /// <summary>The distinct shingles of a text's words, hashed and sorted: what the index compares.</summary>
    public static ulong[] Shingles(IReadOnlyList<string> words, int shingleSize)
    {
        var hashes = new ulong[Math.Max(0, words.Count - shingleSize + 1)];
        for (int i = 0; i < hashes.Length; i++)
            hashes[i] = Hash(words, i, shingleSize);
        // The untyped overload sorts a ulong[] with code compiled into the framework's image; Array.Sort<ulong> (like
        // Array.Fill<int> and the framework's collections over value types) is JIT-compiled at every start of the ReadyToRun build.
        Array.Sort((Array)hashes);
        int distinct = 0;
        foreach (ulong hash in hashes)
            if (distinct == 0 || hashes[distinct - 1] != hash) hashes[distinct++] = hash;
        if (distinct == hashes.Length) return hashes;
        var shingles = new ulong[distinct];
        Array.Copy(hashes, shingles, distinct);
        return shingles;
    }

    /// <summary>Compares the texts added so far and returns, for each, the texts at or above the similarity threshold.</summary>
    public SimilarTexts FindSimilar()
    {
        var groups = GroupIdenticalTexts();
        CandidateComparisons = 0;

        // For each shingle: how many groups hold it and, once rare ones are posted below, its latest posting. The groups
        // holding a rare shingle are a chain through two parallel arrays (most shingles have one group; a list per shingle
        // cost an allocation each): next[p] is the posting before p. Sized once: growing them was most of what a concern's
        // index allocated.
        int total = 0;
        foreach (var group in groups) total += group.Shingles.Length;
        var shingles = new ShingleTable(total);
        foreach (var group in groups)
        {
            foreach (var shingle in group.Shingles)
                shingles.Add(shingle);
        }

        var postedGroup = new int[total];
        var next = new int[total];
        int posted = 0;
        // comparedWith[h] == g once group g has been compared with group h: each candidate pair is compared once.
        var comparedWith = new int[groups.Count];
        for (int g = 0; g < groups.Count; g++) comparedWith[g] = -1;
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (var shingle in groups[g].Shingles)
            {
                int slot = shingles.Find(shingle);
                if (shingles.Frequency(slot) > options.MaxShingleFrequency) continue;
                for (int p = shingles.Latest(slot); p >= 0; p = next[p])
                {
                    int h = postedGroup[p];
                    if (comparedWith[h] == g) continue;
                    comparedWith[h] = g;
                    CandidateComparisons++;
                    if (Overlap(groups[h].Shingles, groups[g].Shingles) < options.Similarity) continue;
                    groups[h].Similar.Add(g);
                    groups[g].Similar.Add(h);
                }
            }

            foreach (var shingle in groups[g].Shingles)
            {
                int slot = shingles.Find(shingle);
                if (shingles.Frequency(slot) > options.MaxShingleFrequency) continue;
                next[posted] = shingles.Latest(slot);
                postedGroup[posted] = g;
                shingles.SetLatest(slot, posted++);
            }
        }

        var groupOf = new int[shingleSets.Count];
        for (int id = 0; id < groupOf.Length; id++) groupOf[id] = -1;
        for (int g = 0; g < groups.Count; g++)
        {
            groups[g].Similar.Sort();
            foreach (int member in groups[g].Members) groupOf[member] = g;
        }

        return new SimilarTexts(groups, groupOf);
    }

    private List<Group> GroupIdenticalTexts()
    {
        var groups = new List<Group>();
        var byContent = new Dictionary<ulong[], Group>(shingleSets.Count, SameShingles.Instance);
        for (int id = 0; id < shingleSets.Count; id++)
        {
            var shingles = shingleSets[id];
            if (shingles.Length < options.MinimumShingles) continue;
            if (!byContent.TryGetValue(shingles, out var group))
            {
                byContent[shingles] = group = new Group(shingles, []);
                groups.Add(group);
            }

            group.Members.Add(id);
        }

        return groups;
    }

    private static double Overlap(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }

        return (double)shared / Math.Min(a.Length, b.Length);
    }

    private static ulong Hash(IReadOnlyList<string> words, int start, int count)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        ulong hash = offset;
        for (int w = start; w < start + count; w++)
        {
            foreach (char c in words[w])
            {
                hash = (hash ^ c) * prime;
            }

            hash = (hash ^ ' ') * prime;
        }

        return hash;
    }

    internal sealed record Group(ulong[] Shingles, List<int> Members)
    {
        public List<int> Similar { get; } = [];
    }

    /// <summary>Shingle sets equal by content (a set is sorted and distinct, so equal sets are equal arrays).</summary>
    private sealed class SameShingles : IEqualityComparer<ulong[]>
    {
        public static readonly SameShingles Instance = new();

        public bool Equals(ulong[]? x, ulong[]? y)
        {
            if (ReferenceEquals(x, y)) return true;
            if (x is null || y is null || x.Length != y.Length) return false;
            for (int i = 0; i < x.Length; i++)
                if (x[i] != y[i]) return false;
            return true;
        }

        public int GetHashCode(ulong[] shingles)
        {
            ulong hash = 14695981039346656037UL;
            foreach (ulong shingle in shingles)
                hash = (hash ^ shingle) * 1099511628211UL;
            return (int)(hash ^ (hash >> 32));
        }
    }
}
