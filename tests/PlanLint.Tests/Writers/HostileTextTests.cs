using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using PlanLint.Readers.Word;
using PlanLint.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanLint.Tests.Writers;

/// <summary>
/// Plan text that could break a Word document: XML-special characters and markup, control characters XML cannot hold,
/// and a 1 MB action. Rendering and annotating it give valid documents that keep every character XML can hold.
/// </summary>
public sealed class HostileTextTests : TempFolderTest
{
    private const string Markup = "Review <w:p> & \"quotes\" 'and' ]]> &amp; </w:t> by March 2025.";
    private const string Controls = "Bell\u0007 escape\u001b[31m null-ish\u0001 form\u000c feed and \uFFFF end.";

    /// <summary>
    /// Over a megabyte of prose in one action. Varied, as a real paste would be: one sentence repeated a million times
    /// compresses past the Word reader's 100:1 zip-bomb limit, and the reader refuses the document (docs/readers.md).
    /// </summary>
    private static readonly string Huge = HugeAction();

    private static string HugeAction()
    {
        string[] words = ["the", "governor", "will", "review", "safety", "data", "monthly", "with", "staff", "prisoners", "and", "report", "to", "board", "each", "wing", "by", "March", "2025", "progress", "actions", "meeting", "leaders", "custody"];
        var random = new Random(16);
        var sb = new StringBuilder();
        while (sb.Length < 1024 * 1024 + 100)
        {
            int n = random.Next(6, 18);
            for (int i = 0; i < n; i++) sb.Append(i == 0 ? "The" : words[random.Next(words.Length)]).Append(i == n - 1 ? ". " : " ");
        }

        return sb.ToString().TrimEnd();
    }

    private string HostilePlan() => Folder.Write("hostile.plan.json", new JsonObject
    {
        ["establishment"] = "HMP <Test> & \"Sons\"",
        ["submitted"] = "2025-01-29",
        ["format"] = "concerns",
        ["concerns"] = new JsonArray(new JsonObject
        {
            ["id"] = "1",
            ["text"] = "Leaders had not done enough <b>at all</b> & more.",
            ["actions"] = new JsonArray(
                new JsonObject { ["text"] = Markup, ["owner"] = "Head of <Safety> & \"Care\"", ["targetDate"] = "March 2025" },
                new JsonObject { ["text"] = Controls, ["owner"] = "The\tGovernor", ["targetDate"] = "April 2025" },
                new JsonObject { ["text"] = Huge, ["owner"] = "The Governor", ["targetDate"] = "May 2025" }),
        }),
    }.ToJsonString());

    [Fact]
    public void Rendering_and_annotating_hostile_text_gives_valid_documents_that_keep_the_text()
    {
        Encoding.UTF8.GetByteCount(Huge).ShouldBeGreaterThan(1024 * 1024);
        string plan = HostilePlan(), docx = Folder.Path("hostile.docx"), reviewed = Folder.Path("hostile.reviewed.docx");

        var (renderExit, _, renderError) = TestPlans.RunCli("render", plan, "-o", docx);

        renderError.ShouldNotContain("internal error");
        byte[] rendered = File.ReadAllBytes(docx);
        WordInspector.ValidationErrors(rendered).ShouldBeEmpty();
        var read = new WordPlanReader().Read(docx, rendered).Plan!;
        read.Establishment.ShouldBe("HMP <Test> & \"Sons\"");
        read.Concerns[0].Text.ShouldBe("Leaders had not done enough <b>at all</b> & more.");
        var actions = read.Concerns[0].Actions;
        actions.Count.ShouldBe(3);
        actions[0].Text.ShouldBe(Markup);
        actions[0].Owner.ShouldBe("Head of <Safety> & \"Care\"");
        actions[1].Text.ShouldBe("Bell\uFFFD escape\uFFFD[31m null-ish\uFFFD form\uFFFD feed and \uFFFD end.", "characters XML cannot hold show as U+FFFD");
        actions[1].Owner.ShouldBe("The Governor");
        actions[2].Text.ShouldBe(Huge);
        // The control characters are the only difference, and it is reported.
        renderExit.ShouldBe(1);
        renderError.ShouldContain("the text of action 2 of recommendation 1 reads back as");
        renderError.ShouldNotContain("action 1 of");
        renderError.ShouldNotContain("action 3 of");

        var (annotateExit, _, annotateError) = TestPlans.RunCli("annotate", docx, "-o", reviewed);
        annotateError.ShouldNotContain("planlint:");
        annotateExit.ShouldBeOneOf(0, 1);
        byte[] annotated = File.ReadAllBytes(reviewed);
        WordInspector.ValidationErrors(annotated).ShouldBeEmpty();
        WordInspector.Comments(annotated).ShouldNotBeEmpty();
        PlanDiffer.ShouldEqual(new WordPlanReader().Read(docx, annotated).Plan!, read);
    }

    [Fact]
    public void Comment_text_quoting_hostile_plan_text_stays_valid()
    {
        // A finding whose message quotes the control characters: annotate writes it into comments.xml.
        string plan = HostilePlan(), docx = Folder.Path("hostile.docx"), reviewed = Folder.Path("hostile.reviewed.docx");
        TestPlans.RunCli("render", plan, "-o", docx);
        using (var stream = new MemoryStream())
        {
            stream.Write(File.ReadAllBytes(docx));
            stream.Position = 0;
            using (var document = WordprocessingDocument.Open(stream, true))
            {
                // Break the owner of action 1 so that a finding quotes the action text.
                var body = document.MainDocumentPart!.Document!.Body!;
                var owner = body.Descendants<W.Paragraph>().First(p => p.InnerText.StartsWith("Head of <Safety>", StringComparison.Ordinal));
                owner.RemoveAllChildren<W.Run>();
            }

            File.WriteAllBytes(docx, stream.ToArray());
        }

        var (_, output, error) = TestPlans.RunCli("annotate", docx, "-o", reviewed);
        error.ShouldNotContain("planlint:");
        output.ShouldContain("comment");
        byte[] annotated = File.ReadAllBytes(reviewed);
        WordInspector.ValidationErrors(annotated).ShouldBeEmpty();
        WordInspector.Comments(annotated).ShouldContain(c => c.Text.Contains("PL1001", StringComparison.Ordinal));
    }
}
