using System.Text;
using CsCheck;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Robustness;

/// <summary>
/// Any bytes or text given to any reader or configuration loader give a result or a located error, never an exception.
/// Iterations are bounded so the suite stays quick; fuzz/run.sh explores the same entry points far longer.
/// </summary>
public sealed class EntryPointPropertyTests : TempFolderTest
{
    private const int Iterations = 150;

    [Theory]
    [MemberData(nameof(EntryPoints.Names), MemberType = typeof(EntryPoints))]
    public void Random_bytes_never_throw(string name)
    {
        var entry = EntryPoints.Named(name);
        Gen.Byte.Array[0, 2048].Sample(bytes => { EntryPoints.Accepts(entry, Folder.Root, bytes); }, iter: Iterations, threads: 1);
    }

    [Theory]
    [MemberData(nameof(EntryPoints.Names), MemberType = typeof(EntryPoints))]
    public void Random_text_never_throws(string name)
    {
        var entry = EntryPoints.Named(name);
        Gen.String.Sample(text => { EntryPoints.Accepts(entry, Folder.Root, Encoding.UTF8.GetBytes(text)); }, iter: Iterations, threads: 1);
    }

    [Theory]
    [MemberData(nameof(EntryPoints.Names), MemberType = typeof(EntryPoints))]
    public void Mutated_seeds_never_throw(string name)
    {
        var entry = EntryPoints.Named(name);
        var seeds = EntryPoints.Seeds(name);
        seeds.ShouldNotBeEmpty();
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int, Gen.Int[1, 12])
            .Select(t => Mutate(seeds[t.Item1], t.Item2, t.Item3))
            .Sample(bytes => { EntryPoints.Accepts(entry, Folder.Root, bytes); }, iter: Iterations, threads: 1);
    }

    [Theory]
    [MemberData(nameof(EntryPoints.Names), MemberType = typeof(EntryPoints))]
    public void Every_seed_is_accepted(string name)
    {
        // The seeds are valid inputs, so the mutations above start from inputs that reach deep into each loader.
        var entry = EntryPoints.Named(name);
        foreach (var seed in EntryPoints.Seeds(name))
            EntryPoints.Accepts(entry, Folder.Root, seed).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(EntryPoints.Names), MemberType = typeof(EntryPoints))]
    public void Text_made_of_the_seeds_own_tokens_never_throws(string name)
    {
        // Structure-aware: shuffled and repeated fragments of valid input (quotes, brackets, keys, indentation) get past
        // the first syntax check far more often than random bytes do.
        var entry = EntryPoints.Named(name);
        var fragments = EntryPoints.Seeds(name)
            .Where(s => !name.Equals("docx", StringComparison.Ordinal))
            .SelectMany(s => Encoding.UTF8.GetString(s).Split(' ', '\n'))
            .Concat(["{", "}", "[", "]", "\"", ":", ",", "-", "&a", "*a", "\n  ", "\t", "\r", "\0", "\u001b[2J", "\uFEFF", "1e999", "-0", "null"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Gen.Int[0, fragments.Count - 1].Array[0, 60]
            .Select(picks => Encoding.UTF8.GetBytes(string.Join(" ", picks.Select(i => fragments[i]))))
            .Sample(bytes => { EntryPoints.Accepts(entry, Folder.Root, bytes); }, iter: Iterations, threads: 1);
    }

    /// <summary>Byte flips, insertions, deletions, duplications and truncations, reproducible from the seed.</summary>
    internal static byte[] Mutate(byte[] input, int seed, int count)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(input);
        for (int i = 0; i < count && bytes.Count > 0; i++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 2: bytes.Insert(at, (byte)random.Next(256)); break;
                case 3: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))); break;
                case 4:
                    int length = Math.Min(bytes.Count - at, random.Next(1, 256));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }

        return [.. bytes];
    }
}
