using PlanLint.Readers.Word;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Readers;

/// <summary>
/// <see cref="WordPlaces"/> is the way back from the reader's locations: every paragraph, line, cell and title line the
/// reader located resolves to the Word paragraphs whose text it read there.
/// </summary>
public sealed class WordPlacesTests
{
    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string>("builder:RowPerConcern", "builder:RowPerAction", "reviewed", "word/elmley-2022.libreoffice.docx", "word/long-lartin-2025.example.libreoffice.docx");
        // Other producers' documents with list numbering, tracked changes (a deleted row, run-on paragraphs), hidden text,
        // fields, content controls and split tables: places count what the reader draws, not the XML's elements.
        foreach (var (name, producer) in WordProducerFixtureTests.Documents().Select(d => ((string)d[0], (string)d[1])))
            documents.Add($"{WordProducerFixtureTests.Folder}/{name}.{producer}.docx");
        return documents;
    }

    private static byte[] Document(string name) => name switch
    {
        "builder:RowPerConcern" => WordPlanBuilder.Build(WordPlanBuilder.SamplePlan(), _ => WordPlanBuilder.Layout.RowPerConcern),
        "builder:RowPerAction" => WordPlanBuilder.Build(WordPlanBuilder.SamplePlan(), _ => WordPlanBuilder.Layout.RowPerAction),
        "reviewed" => ReviewedDraftBuilder.Build(),
        _ => File.ReadAllBytes(Repo.Fixture(name.Split('/'))),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_place_the_reader_gives_leads_back_to_the_text_it_read_there(string name)
    {
        byte[] docx = Document(name);
        var (extracted, problem) = new WordPlanReader().Extract("d.docx", docx);
        extracted.ShouldNotBeNull(problem?.Message);
        var places = WordXml.Open(docx).Places;

        int paragraphs = 0, cells = 0;
        foreach (var cell in extracted.Table.Rows.SelectMany(r => r.Cells))
        {
            foreach (var paragraph in cell.Paragraphs)
            {
                var place = paragraph.Location.Place!;
                var match = places.Find(place);
                match.ShouldNotBeNull(place.ToString());
                match.Paragraphs.Count.ShouldBe(1);
                var drawn = places.Text.Draw(match.Paragraphs[0]);
                (place.Line is { } line ? drawn.Lines.Single(l => l.Line == line).Text : drawn.Text).ShouldBe(paragraph.Text, place.ToString());
                paragraphs++;
            }

            if (cell.Location.Place is { Column: not null } cellPlace && cell.Paragraphs.FirstOrDefault(p => p.Text.Length > 0) is { } firstWritten)
            {
                var match = places.Find(cellPlace);
                match.ShouldNotBeNull(cellPlace.ToString());
                string.Join(" ", match.Paragraphs.Select(places.Text.Text).Where(l => l.Length > 0)).ShouldStartWith(firstWritten.Text, Case.Sensitive, cellPlace.ToString());
                cells++;
            }
        }

        foreach (var (text, location) in new[] { extracted.Header.Establishment }.Where(x => x is not null).Select(x => x!.Value))
        {
            var match = places.Find(location.Place!);
            match.ShouldNotBeNull();
            match.Paragraphs.Select(places.Text.Text).ShouldContain(t => t.Contains(text, StringComparison.Ordinal));
        }

        paragraphs.ShouldBeGreaterThan(10);
        cells.ShouldBeGreaterThan(3);
    }

    [Fact]
    public void Places_that_are_not_in_the_document_give_nothing()
    {
        byte[] docx = WordPlanBuilder.Build(WordPlanBuilder.SamplePlan());
        var places = WordXml.Open(docx).Places;
        places.Find(Model.DocumentPlace.OfTable(9)).ShouldBeNull();
        places.Find(Model.DocumentPlace.OfTable(1).AtRow(500)).ShouldBeNull();
        places.Find(Model.DocumentPlace.OfTable(1).AtRow(2).AtColumn(40)).ShouldBeNull();
        places.Find(Model.DocumentPlace.OfTable(1).AtRow(2).AtColumn(1).AtParagraph(30)).ShouldBeNull();
        places.Find(Model.DocumentPlace.OfParagraph(4000)).ShouldBeNull();
        places.Title().ShouldNotBeNull().Value.ShouldBe("HM Prison & Probation Service");
    }
}
