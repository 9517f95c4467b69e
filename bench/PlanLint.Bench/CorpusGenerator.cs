using System.Text.Json;
using PlanLint.Model;
using PlanLint.Readers;

namespace PlanLint.Bench;

/// <summary>
/// Builds a deterministic scale corpus from real plans: concerns, actions, owners and target dates are drawn (with a
/// fixed seed) from the seed plans, with the repeats and faults real plans have (actions pasted under several
/// concerns, missing owners, "Ongoing" as a date).
/// </summary>
internal sealed class CorpusGenerator
{
    private readonly List<string> concerns = [];
    private readonly List<string> actions = [];
    private readonly List<string> owners = [];
    private readonly List<string> dates = [];

    public CorpusGenerator(IEnumerable<string> seedPlans)
    {
        foreach (var path in seedPlans.Order(StringComparer.Ordinal))
        {
            var plan = PlanReaders.Default.ReadFile(path).Plan ?? throw new InvalidOperationException($"Seed plan {path} could not be read.");
            foreach (var c in plan.Concerns)
            {
                concerns.Add(c.Text);
                foreach (var a in c.Actions)
                {
                    if (a.Text.Length > 0) actions.Add(a.Text);
                    if (a.Owner is { Length: > 0 } o) owners.Add(o);
                    if (a.TargetDate is { Length: > 0 } d) dates.Add(d);
                }
            }
        }

        if (concerns.Count == 0 || actions.Count == 0 || owners.Count == 0 || dates.Count == 0)
            throw new InvalidOperationException("The seed plans hold no concerns, actions, owners or dates.");
    }

    public int SeedActions => actions.Count;

    /// <summary>Writes <paramref name="plans"/> plans of about <paramref name="actionsPerPlan"/> actions each.</summary>
    public void WriteCorpus(string folder, int plans, int actionsPerPlan, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        for (int i = 0; i < plans; i++)
            WritePlan(Path.Combine(folder, $"plan-{i:D5}.plan.json"), actionsPerPlan, random, i);
    }

    public void WritePlan(string path, int actionCount, Random random, int number)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("establishment", $"HMP Bench {number}");
        w.WriteString("submitted", "2025-01-29");
        w.WriteStartObject("inspection");
        w.WriteString("start", "2024-09-30");
        w.WriteString("end", "2024-10-10");
        w.WriteEndObject();
        w.WriteString("format", "concerns");
        w.WriteStartArray("concerns");

        int written = 0, concern = 0;
        var recent = new List<string>();
        while (written < actionCount)
        {
            concern++;
            w.WriteStartObject();
            w.WriteString("id", concern.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("section", concern <= 6 ? "Priority concerns" : "Key concerns");
            w.WriteString("text", Pick(concerns, random));
            w.WriteStartArray("actions");
            int n = Math.Min(actionCount - written, random.Next(3, 14));
            for (int k = 0; k < n; k++)
            {
                // About one action in ten is pasted from an earlier concern, as real plans do.
                string text = recent.Count > 0 && random.NextDouble() < 0.1 ? Pick(recent, random) : Pick(actions, random);
                recent.Add(text);
                w.WriteStartObject();
                w.WriteString("text", text);
                if (random.NextDouble() < 0.97) w.WriteString("owner", Pick(owners, random));
                if (random.NextDouble() < 0.97) w.WriteString("targetDate", Pick(dates, random));
                w.WriteEndObject();
            }

            written += n;
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Pick(List<string> list, Random random) => list[random.Next(list.Count)];
}
