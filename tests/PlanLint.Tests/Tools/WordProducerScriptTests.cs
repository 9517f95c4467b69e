using PlanLint.Tests.Readers;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Tools;

/// <summary>
/// The script that writes the Word fixtures of other producers still writes them: run again (python-docx, then
/// LibreOffice opening and saving each), it gives the committed expected plans, and its documents read as those plans.
/// </summary>
[Trait("Category", ExternalTools.Category)]
public sealed class WordProducerScriptTests : TempFolderTest
{
    [ToolFact("python3-docx", "soffice")]
    public void The_fixture_script_writes_documents_that_read_as_the_committed_expected_plans()
    {
        string script = Repo.Path("tests", "PlanLint.Tests", "Fixtures", WordProducerFixtureTests.Folder, "make-fixtures.py");
        var run = ExternalTools.Run(ExternalTools.Require("python3-docx"), [script, Folder.Root], TimeSpan.FromMinutes(5));
        run.ExitCode.ShouldBe(0, run.Error);

        string committed = Repo.Path("tests", "PlanLint.Tests", "Fixtures", WordProducerFixtureTests.Folder);
        var expectations = Directory.GetFiles(committed, "*.expected.plan.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Directory.GetFiles(Folder.Root, "*.expected.plan.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ShouldBe(expectations);
        foreach (string file in expectations)
            File.ReadAllText(Folder.Path(file)).ShouldBe(File.ReadAllText(Path.Combine(committed, file)), file);

        foreach (string name in WordProducerFixtureTests.Names())
        {
            foreach (string producer in WordProducerFixtureTests.Producers)
            {
                string path = Folder.Path($"{name}.{producer}.docx");
                var read = WordProducerFixtureTests.ReadDocx(path);
                read.Diagnostics.ShouldBeEmpty($"{name}.{producer}: " + string.Join("; ", read.Diagnostics.Select(d => d.Message)));
                PlanDiffer.ShouldEqual(read.Plan.ShouldNotBeNull(), WordProducerFixtureTests.Expected(committed, name, producer), $"(regenerated {name}, {producer})");
            }
        }

        foreach (string producer in WordProducerFixtureTests.Producers)
            WordProducerFixtureTests.ReadDocx(Folder.Path($"no-plan-table.{producer}.docx")).Plan.ShouldBeNull();
    }
}
