using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Model;
using PlanLint.Readers.Word;
using PlanLint.Tests.Readers;
using PlanLint.Tests.Support;
using PlanLint.Writers.Word;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Writers;

/// <summary>
/// Comments go where the reader read, on Word documents of other producers that use what Word can put in a plan table
/// (list numbering, empty paragraphs that keep their place, tracked changes with deleted rows and run-on paragraphs,
/// hidden text, fields, content controls, split tables, key and tally rows): a comment on the last words of every
/// action, owner and date covers exactly those words as the reader draws them, and the copy reads as the same plan.
/// </summary>
public sealed class AnnotateWordFeaturesTests
{
    private static readonly DateTime Date = new(2025, 2, 3, 10, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string> Documents() => WordProducerFixtureTests.Documents();

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_comment_on_the_words_of_an_action_owner_or_date_covers_those_words_as_the_reader_draws_them(string name, string producer)
    {
        byte[] docx = File.ReadAllBytes(Repo.Fixture(WordProducerFixtureTests.Folder, $"{name}.{producer}.docx"));
        var plan = new WordPlanReader().Read("d.docx", docx).Plan.ShouldNotBeNull();

        var wanted = new List<(string Phrase, string Where)>();
        var comments = new List<WordComment>();
        foreach (var action in plan.Concerns.SelectMany(c => c.Actions))
        {
            foreach (var (field, value) in new[] { ("text", action.Text), ("owner", action.Owner), ("targetDate", action.TargetDate) })
            {
                if (value is null || action.Fields.Get(field)?.Place is not { } place) continue;
                var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                string phrase = string.Join(' ', words.TakeLast(2));
                int offset = value.LastIndexOf(phrase, StringComparison.Ordinal);
                // Markup of every kind, smart tags too, is read from the document itself, so every phrase can be anchored on.
                wanted.Add((phrase, $"{field} of {place}"));
                comments.Add(new WordComment { Place = place, Phrase = phrase, PhraseOffset = offset, Paragraphs = [new(new WordCommentRun("A note"))] });
            }
        }

        comments.Count.ShouldBeGreaterThan(5);
        var annotated = WordAnnotator.Annotate(docx, comments, Date).Content;
        WordInspector.ValidationErrorKinds(annotated).ShouldBe(WordInspector.ValidationErrorKinds(docx));
        PlanDiffer.ShouldEqual(new WordPlanReader().Read("d.docx", annotated).Plan.ShouldNotBeNull(), plan, "(annotated copy read back)");

        var covered = DrawnTextCovered(annotated);
        covered.Count.ShouldBe(wanted.Count);
        for (int i = 0; i < wanted.Count; i++)
            covered[i].ShouldBe(wanted[i].Phrase, wanted[i].Where);
    }

    /// <summary>
    /// For each comment in order of its id, the characters the reader draws that lie between its range start and end,
    /// white space collapsed as the reader collapses it.
    /// </summary>
    private static List<string> DrawnTextCovered(byte[] docx)
    {
        var xml = WordXml.Open(docx);
        var body = xml.Body;
        var drawing = xml.Text;
        var position = new Dictionary<XElement, int>(ReferenceEqualityComparer.Instance);
        foreach (var element in body.Descendants()) position[element] = position.Count;
        var traced = drawing.Paragraphs(body).SelectMany(p => drawing.Trace(p).Lines.SelectMany(l => l.Append(new WordText.TracedChar(' ', null, 0)))).ToList();

        var ours = WordInspector.Comments(docx).Where(c => c.Author == WordAnnotator.Author).Select(c => c.Id).ToHashSet();
        static string Id(XElement e) => e.Attribute(WordML.W + "id")?.Value ?? "";
        var starts = body.Descendants(WordML.W + "commentRangeStart").Where(s => ours.Contains(Id(s))).ToList();
        return [.. starts.OrderBy(s => int.Parse(Id(s) is { Length: > 0 } id ? id : "0", System.Globalization.CultureInfo.InvariantCulture)).Select(start =>
        {
            var end = body.Descendants(WordML.W + "commentRangeEnd").Single(e => Id(e) == Id(start));
            int from = position[start], to = position[end];
            var chars = traced.Where(c => c.Source is null ? c.Char == ' ' : position[c.Source] > from && position[c.Source] < to).Select(c => c.Char);
            return string.Join(' ', string.Concat(chars).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        })];
    }
}
