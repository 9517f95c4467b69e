using System.Globalization;
using System.Text;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Readers.Json;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Corpus;

/// <summary>
/// Each published plan in Fixtures/corpus, imported from its text, must equal its hand-verified plan
/// (&lt;name&gt;.plan.json, with how each field was read and the reading notes; the decisions are in
/// Fixtures/corpus/README.md), and its reading notes, located in the text, must be exactly &lt;name&gt;.reading.txt.
/// A difference fails with the list PlanDiffer writes. After a deliberate reader change, run with
/// <c>PLANLINT_UPDATE_EXPECTED=1</c> to write both from the text, then review the diff line by line against the text.
/// </summary>
public sealed class PublishedTextCorpusTests
{
    public static IReadOnlyList<string> Names { get; } = ["long-lartin-2025", "littlehey-2024", "leicester-2023", "whitemoor-2023", "elmley-2022"];

    public static TheoryData<string> Plans() => [.. Names];

    private static ActionPlan Verified(string name)
    {
        string path = Repo.Fixture("corpus", name + ".plan.json");
        var result = new JsonPlanReader().Read(path, File.ReadAllBytes(path));
        result.Diagnostics.ShouldBeEmpty($"{name}.plan.json must match the schema");
        return result.Plan!;
    }

    private static (ActionPlan? Plan, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics) Import(string name)
    {
        var result = PlanReaders.Default.ReadFile(Repo.Fixture("corpus", name + ".txt"));
        return (result.Plan, result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_imported_text_equals_the_verified_plan(string name)
    {
        var (plan, _) = Import(name);
        plan.ShouldNotBeNull();
        if (Environment.GetEnvironmentVariable("PLANLINT_UPDATE_EXPECTED") == "1")
        {
            using var json = new MemoryStream();
            new PlanLint.Writers.Plans.PlanJsonWriter().Write(plan, json, schemaUri: null);
            File.WriteAllBytes(Repo.Path("tests", "PlanLint.Tests", "Fixtures", "corpus", name + ".plan.json"), json.ToArray());
            File.WriteAllText(Repo.Path("tests", "PlanLint.Tests", "Fixtures", "corpus", name + ".reading.txt"),
                string.Concat(NoteLines(plan).Select(l => l + "\n")), new UTF8Encoding(false));
        }

        var differences = PlanDiffer.Compare(Verified(name), plan);
        differences.ShouldBeEmpty($"{name}.txt differs from {name}.plan.json:\n  " + string.Join("\n  ", differences));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Reading_notes_are_exactly_the_verified_ones(string name)
    {
        var (plan, diagnostics) = Import(name);
        diagnostics.ShouldBeEmpty("a plan that was read has no PL0001 error");
        var expected = File.ReadAllLines(Repo.Fixture("corpus", name + ".reading.txt"), Encoding.UTF8).Where(l => l.Length > 0).ToList();
        NoteLines(plan!).ShouldBe(expected, $"{name}: reading notes differ from {name}.reading.txt");
    }

    /// <summary>"(33,1) PL0002 rec 2/action 2: Row at line 33 of recommendation 2 has…", sorted by place in the text.</summary>
    private static List<string> NoteLines(ActionPlan plan) =>
    [
        .. plan.ReadingNotes.Select(n => (Note: n, Place: "plan"))
            .Concat(plan.Concerns.SelectMany(c => c.ReadingNotes.Select(n => (Note: n, Place: n.Actions.Count > 0 ? $"rec {c.Id}/action {n.Actions[0]}" : $"rec {c.Id}"))))
            .OrderBy(x => x.Note.Location.Line).ThenBy(x => x.Note.Location.Column)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"({x.Note.Location.Line},{x.Note.Location.Column}) {x.Note.Rule} {x.Place}: {x.Note.Message}")),
    ];

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_action_is_located_at_its_paragraph(string name)
    {
        var (plan, _) = Import(name);
        foreach (var concern in plan!.Concerns)
        {
            foreach (var action in concern.Actions)
            {
                action.Location.Line.ShouldBeGreaterThanOrEqualTo(concern.Location.Line);
                action.Location.Column.ShouldBeGreaterThan(1, $"rec {concern.Id} action {action.Index} points at the start of its row, not its paragraph");
                // An owner or date from a merged cell is located on the recommendation's first row.
                action.LocationOf(PlanFields.Owner).Line.ShouldBeGreaterThanOrEqualTo(concern.Location.Line);
                action.LocationOf(PlanFields.TargetDate).Line.ShouldBeGreaterThanOrEqualTo(concern.Location.Line);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_verified_plan_round_trips_through_canonical_json(string name)
    {
        var verified = Verified(name);
        using var written = new MemoryStream();
        new PlanLint.Writers.Plans.PlanJsonWriter().Write(verified, written, schemaUri: null);
        string json = Encoding.UTF8.GetString(written.ToArray());
        var again = new JsonPlanReader().Read(name + ".plan.json", Encoding.UTF8.GetBytes(json));
        again.Diagnostics.ShouldBeEmpty();
        PlanDiffer.Compare(verified, again.Plan!).ShouldBeEmpty();
        json.ShouldBe(File.ReadAllText(Repo.Fixture("corpus", name + ".plan.json")).ReplaceLineEndings("\n"), "fixtures are written in canonical form");
    }

    [Fact]
    public void The_example_plan_is_the_verified_long_lartin_plan()
    {
        string path = Repo.Path("examples", "long-lartin-2025.plan.json");
        var example = new JsonPlanReader().Read(path, File.ReadAllBytes(path)).Plan.ShouldNotBeNull();
        PlanDiffer.Compare(Verified("long-lartin-2025"), example).ShouldBeEmpty();
    }

    [Fact]
    public void The_differ_names_each_difference_by_recommendation_and_action()
    {
        var verified = Verified("long-lartin-2025");
        var seven = verified.Concerns.Single(c => c.Id == "7");
        var changed = verified with
        {
            Establishment = "HMP Elsewhere",
            Concerns =
            [
                .. verified.Concerns.Select(c => c.Id != "7" ? c : c with
                {
                    Actions = [.. seven.Actions.Take(12), seven.Actions[12] with { Owner = "X" }],
                }),
            ],
        };

        var differences = PlanDiffer.Compare(changed, verified);
        differences.ShouldBe(["establishment: expected 'HMP Elsewhere' got 'HMP Long Lartin'", "rec 7 action 13 owner: expected 'X' got null"]);
        PlanDiffer.Compare(verified, verified with { Concerns = verified.Concerns.Take(3).ToList() })
            .ShouldHaveSingleItem().ShouldStartWith("recommendations: expected 14 (1, 2, 3, 4,");
    }
}
