using System.Text;
using PlanLint.Diagnostics;
using PlanLint.Model;
using PlanLint.Readers;
using PlanLint.Readers.Text;
using PlanLint.Reading;

namespace PlanLint.Tests.Readers;

public sealed class PublishedTextPlanReaderTests
{
    private const string Title = "Action Plan: HMP Test\n\nAction Plan Submitted: 6<sup>th</sup> April 2023\n\nA Response to the HMIP Inspection: 5<sup>th</sup> – 15<sup>th</sup> December 2022\n\nReport Published: 12<sup>th</sup> April 2023\n\n## INTRODUCTION\n\n";
    private const string HeaderRow = "1. Rec No\t2. Concerns\t3. Response Action Taken/Planned\t4. Responsible Owner\t5. Target Date\n";

    private static PlanReadResult Read(string text, string path = "plan.txt") => Read(Encoding.UTF8.GetBytes(text), path);

    private static PlanReadResult Read(byte[] bytes, string path = "plan.txt") => new PublishedTextPlanReader().Read(path, bytes);

    private static Diagnostic OneError(PlanReadResult result)
    {
        result.Plan.ShouldBeNull();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe(RuleIds.InvalidPlan);
        d.Severity.ShouldBe(Severity.Error);
        d.Location.Line.ShouldBeGreaterThan(0);
        d.Message.ShouldNotContain("\n");
        return d;
    }

    [Fact]
    public void Reads_the_header_cells_paragraphs_and_html_left_from_conversion()
    {
        var result = Read(Title + HeaderRow +
            "\tPriority concerns\t\t\t\n" +
            "1.5\tPoor medicine administration.\t<p>A review has been undertaken.</p> <p>Training by the Lead Pharmacist for Specialist &amp; Secured Services (<i>see 1.1</i>).</p>\t<p>Head of Healthcare</p> <p>Governor</p>\t<p>Complete</p> <p>June 2023</p>\n");

        result.Diagnostics.ShouldBeEmpty();
        var plan = result.Plan.ShouldNotBeNull();
        plan.Establishment.ShouldBe("HMP Test");
        plan.Submitted.ShouldBe(new DateOnly(2023, 4, 6));
        plan.InspectionStart.ShouldBe(new DateOnly(2022, 12, 5));
        plan.InspectionEnd.ShouldBe(new DateOnly(2022, 12, 15));
        plan.ReportPublished.ShouldBe(new DateOnly(2023, 4, 12));
        var c = plan.Concerns.ShouldHaveSingleItem();
        c.Id.ShouldBe("1.5");
        c.Section.ShouldBe("Priority concerns");
        c.Actions.Select(a => (a.Text, a.Owner, a.TargetDate)).ShouldBe(
        [
            ("A review has been undertaken.", "Head of Healthcare", "Complete"),
            ("Training by the Lead Pharmacist for Specialist & Secured Services (see 1.1).", "Governor", "June 2023"),
        ]);
    }

    [Fact]
    public void Locations_are_the_line_and_column_of_each_paragraph()
    {
        const string row = "7\tConcern.\t<p>First action.</p> <p>Second action.</p>\t<p>Governor</p> <p>Head of Safety</p>\t<p>March 2025</p> <p>Completed</p>";
        var result = Read(Title + HeaderRow + row + "\n");
        var c = result.Plan!.Concerns[0];
        int line = Title.Count(ch => ch == '\n') + 2;

        var second = c.Actions[1];
        second.Location.Line.ShouldBe(line);
        second.Location.Column.ShouldBe(row.IndexOf("Second", StringComparison.Ordinal) + 1);
        second.LocationOf(PlanFields.Owner).Column.ShouldBe(row.IndexOf("Head of Safety", StringComparison.Ordinal) + 1);
        second.LocationOf(PlanFields.TargetDate).Column.ShouldBe(row.IndexOf("Completed", StringComparison.Ordinal) + 1);
        c.Location.ShouldBe(new SourceLocation("plan.txt", line, 1, line, 2));
        result.Plan.LocationOf(PlanFields.Submitted).ShouldBe(new SourceLocation("plan.txt", 3, 24));
    }

    [Fact]
    public void Puts_the_cells_of_short_rows_back_in_their_columns()
    {
        var result = Read(Title + HeaderRow +
            "1.5\tConcern.\tA lock will be fitted.\tHead of Healthcare\tJune 2023\n" +
            "\tA hatch will be installed.\tGovernor / Head of Healthcare\tApril 2024\n" +
            "13\tConcern.\tStaff will ensure that transfers are\tGovernor\tCompleted\n\n" +
            "\tundertaken at HMP Lincoln.\t\n");

        var plan = result.Plan!;
        plan.Concerns[0].Actions.Select(a => (a.Text, a.Owner, a.TargetDate)).ShouldBe(
        [
            ("A lock will be fitted.", "Head of Healthcare", "June 2023"),
            ("A hatch will be installed.", "Governor / Head of Healthcare", "April 2024"),
        ]);
        plan.Concerns[1].Actions.ShouldHaveSingleItem().Text.ShouldBe("Staff will ensure that transfers are undertaken at HMP Lincoln.");
    }

    [Fact]
    public void A_table_without_a_header_row_is_read_by_its_number_of_cells()
    {
        var result = Read("Action Plan: HMP Test\n\n\t\t<p>to take place.</p> <p>The system will be reviewed.</p>\t<p>Governor</p>\t<p>July 2023</p>\n1.2\tConcern.\tA review.\tGovernor\tComplete\n--\t--\t---\t--\t--\n");

        var plan = result.Plan!;
        plan.Format.ShouldBe(PlanFormat.Concerns);
        plan.Concerns.Select(c => c.Id).ShouldBe(["1.1", "1.2"]);
        plan.Concerns[0].Actions[1].Owner.ShouldBe("Governor");
        result.Diagnostics.ShouldBeEmpty();
        plan.AllReadingNotes.ShouldHaveSingleItem().Rule.ShouldBe(RuleIds.RecommendationNumberNotRead);
    }

    [Fact]
    public void A_recommendation_table_is_read_with_its_agreement_column_and_rows_after_the_table_are_not()
    {
        var result = Read("Action Plan: HMP Test\n\nTerm\tDefinition\tAdditional comment\nAgreed\tAll of it.\tSay how.\n\n" +
            "1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date\n" +
            "7.1\tRecommendation 3.22: investigate batons.\tAgreed\tA Senior Manager will review every use.\tGovernor\tJuly 2022\n\n" +
            "Recommendations\t\nAgreed\t17\nTotal\t18\n");

        result.Diagnostics.ShouldBeEmpty();
        var plan = result.Plan!;
        plan.Format.ShouldBe(PlanFormat.Recommendations);
        var c = plan.Concerns.ShouldHaveSingleItem();
        c.Agreement.ShouldBe(AgreementStatus.Agreed);
        c.Actions.ShouldHaveSingleItem().Owner.ShouldBe("Governor");
    }

    [Fact]
    public void Owners_and_dates_separated_by_runs_of_spaces_keep_their_columns()
    {
        const string row = "1.10\tConcern.\t<p>A.</p> <p>B.</p>\tGovernor  LTHSE Contracts Team\tSeptember 2023  December 2023";
        var result = Read(Title + HeaderRow + row + "\n");

        var b = result.Plan!.Concerns[0].Actions[1];
        b.Owner.ShouldBe("LTHSE Contracts Team");
        b.TargetDate.ShouldBe("December 2023");
        b.LocationOf(PlanFields.Owner).Column.ShouldBe(row.IndexOf("LTHSE", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void An_empty_file_is_one_located_error() =>
        OneError(Read([])).Message.ShouldBe("The file is empty.");

    [Fact]
    public void Binary_garbage_is_one_located_error()
    {
        byte[] garbage = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF, 0xD8, 0x0A, 0x00, 0x9C];
        OneError(Read(garbage)).Message.ShouldStartWith("The file is binary, not text");
    }

    [Fact]
    public void Invalid_utf8_is_located_at_the_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Action Plan: HMP X\nRec"), 0xE9, .. Encoding.UTF8.GetBytes(" No\n")];
        var d = OneError(Read(bytes));
        d.Location.Line.ShouldBe(2);
        d.Location.Column.ShouldBe(4);
        d.Message.ShouldBe("The file is not valid UTF-8: byte 0xE9 at line 2, column 4 is not UTF-8. Save the file as UTF-8.");
    }

    [Theory]
    [InlineData("Action Plan: HMP Test\n\nINTRODUCTION\n\nThis plan has no table at all.\n")]
    [InlineData("   \n\n")]
    [InlineData("a\tb\n")]
    public void A_text_file_with_no_table_is_one_located_error(string text) =>
        OneError(Read(text)).Message.ShouldStartWith("No plan table found");

    [Fact]
    public void A_table_with_only_a_header_row_is_one_located_error() =>
        OneError(Read(Title + HeaderRow)).Location.Line.ShouldBe(Title.Count(c => c == '\n') + 1);

    [Fact]
    public void A_header_with_no_dates_gives_a_located_warning_per_unreadable_date_and_still_reads_the_plan()
    {
        var result = Read("Action Plan: HMP Test\nAction Plan Submitted: to follow\nA Response to the HMIP Inspection: autumn\n" + HeaderRow + "1\tConcern.\tAct.\tGovernor\tMarch 2025\n");

        result.Plan.ShouldNotBeNull().Submitted.ShouldBeNull();
        result.Diagnostics.Count.ShouldBe(2);
        result.Diagnostics.ShouldAllBe(d => d.Id == RuleIds.InvalidPlan && d.Severity == Severity.Warning && !d.Message.Contains('\n'));
        result.Diagnostics.Select(d => (d.Location.Line, d.Location.Column)).ShouldBe([(2, 24), (3, "A Response to the HMIP Inspection: ".Length + 1)]);
    }

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_read()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Action Plan: HMP Test\n" + HeaderRow + "1\tConcern.\tAct.\tGovernor\tMarch 2025\n")];
        Read(bytes).Plan.ShouldNotBeNull().Concerns.ShouldHaveSingleItem();
    }

    [Fact]
    public void Chosen_for_txt_files_and_by_content_for_files_without_a_known_extension()
    {
        byte[] head = Encoding.UTF8.GetBytes("Action Plan: HMP Test\n1\tA\tB\tC\tD\n");
        PlanReaders.Default.ForFile("plan.txt", []).ShouldBeOfType<PublishedTextPlanReader>();
        PlanReaders.Default.ForFile("plan", head).ShouldBeOfType<PublishedTextPlanReader>();
        new PublishedTextPlanReader().Sniff(Encoding.UTF8.GetBytes("{ \"establishment\": \"HMP X\" }")).ShouldBeFalse();
        new PublishedTextPlanReader().Sniff([0x50, 0x4B, 0x03, 0x04, 0x00]).ShouldBeFalse();
    }
}

/// <summary>Damaged and random input never throws: it gives a plan or located PL0001 errors.</summary>
public sealed class PublishedTextPlanReaderRobustnessTests
{
    private static void ReadsWithoutThrowing(byte[] bytes, string what)
    {
        PlanReadResult result;
        try
        {
            result = new PublishedTextPlanReader().Read("plan.txt", bytes);
        }
        catch (Exception e)
        {
            throw new ShouldAssertException($"{what}: {e.GetType().Name}: {e.Message}", e);
        }

        // Plain checks, not ShouldAllBe: it compiles an expression per call, and this runs thousands of times.
        if (result.Plan is null && !result.Diagnostics.Any(d => d.Severity == Severity.Error))
            throw new ShouldAssertException($"{what}: neither a plan nor an error");
        var bad = result.Diagnostics.FirstOrDefault(d => d.Id != RuleIds.InvalidPlan || d.Location.Line <= 0 || d.Message.Contains('\n'));
        if (bad is not null)
            throw new ShouldAssertException($"{what}: {bad.Id} at line {bad.Location.Line}: {bad.Message}");
    }

    [Theory]
    [MemberData(nameof(Corpus.PublishedTextCorpusTests.Plans), MemberType = typeof(Corpus.PublishedTextCorpusTests))]
    public void Truncated_corpus_texts_and_texts_with_a_line_missing_are_read_without_throwing(string name)
    {
        byte[] bytes = File.ReadAllBytes(Tests.Support.Repo.Fixture("corpus", name + ".txt"));
        for (int cut = 1; cut < bytes.Length; cut += 389)
            ReadsWithoutThrowing(bytes[..cut], $"{name} cut at byte {cut}");

        string[] lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (int skip = 0; skip < lines.Length; skip++)
            ReadsWithoutThrowing(Encoding.UTF8.GetBytes(string.Join('\n', lines.Where((_, i) => i != skip))), $"{name} without line {skip + 1}");
    }

    [Fact]
    public void Random_bytes_and_random_tab_soup_are_read_without_throwing()
    {
        var random = new Random(20250129);
        string[] pieces = ["\t", "\n", "<p>", "</p>", " ", "  ", "1", "7.3", ".", ",", "Agreed", "Partly Agreed", "Governor", "March 2025", "and", "the", "Rec No", "Owner", "Target Date", "Response", "Concerns", "Key concerns", "Action Plan Submitted: ", "a", "B", "&amp;", "<sup>", "--"];
        for (int i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            ReadsWithoutThrowing(bytes, $"random bytes #{i}");

            var sb = new StringBuilder();
            for (int k = random.Next(1, 300); k > 0; k--) sb.Append(pieces[random.Next(pieces.Length)]);
            ReadsWithoutThrowing(Encoding.UTF8.GetBytes(sb.ToString()), $"tab soup #{i}: {sb}");
        }
    }
}
