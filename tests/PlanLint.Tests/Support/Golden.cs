namespace PlanLint.Tests.Support;

/// <summary>Golden files: exact output kept in the repository, rewritten on purpose with PLANLINT_UPDATE_GOLDEN=1.</summary>
public static class Golden
{
    public static void ShouldMatch(string actual, params string[] fixturePath)
    {
        string golden = Repo.Path(["tests", "PlanLint.Tests", "Fixtures", .. fixturePath]);
        if (Environment.GetEnvironmentVariable("PLANLINT_UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, actual);

        File.Exists(golden).ShouldBeTrue($"The golden file {golden} is missing; run the tests with PLANLINT_UPDATE_GOLDEN=1");
        actual.ShouldBe(File.ReadAllText(golden).ReplaceLineEndings("\n"), $"The output changed from {Path.GetFileName(golden)}; if that was deliberate, run the tests with PLANLINT_UPDATE_GOLDEN=1 and review the diff");
    }
}
