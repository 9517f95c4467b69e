using PlanLint.Tests.Support;

namespace PlanLint.Tests.Docs;

/// <summary>
/// A small repository of plans in every format that the documented commands run in: the files the examples name
/// (examples/, plans/, plan.json, draft.docx, long-lartin-2025.docx, …). Built once; each page gets its own copy.
/// </summary>
public sealed class DocWorld : IDisposable
{
    private static readonly Lazy<string> Template = new(Build);

    private DocWorld(string root) => Root = root;

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>A fresh copy of the world, deleted on dispose.</summary>
    public static DocWorld Create()
    {
        string root = Directory.CreateTempSubdirectory("planlint-docs-").FullName;
        Copy(Template.Value, root);
        return new DocWorld(root);
    }

    public void Write(string relative, string content)
    {
        string full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    private static string Build()
    {
        string root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "planlint-docs-world-" + Environment.ProcessId);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
        };
        void Put(string relative, byte[] content)
        {
            string full = System.IO.Path.Combine(root, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }

        byte[] Fixture(params string[] parts) => File.ReadAllBytes(Repo.Fixture(parts));
        byte[] word = WordPlanBuilder.Build(WordPlanBuilder.SamplePlan());

        Put(".git/HEAD", "ref: refs/heads/main\n"u8.ToArray());
        Put("examples/long-lartin-2025.plan.json", File.ReadAllBytes(Repo.Path("examples", "long-lartin-2025.plan.json")));
        Put("plans/hmp-x.plan.json", Fixture("corpus", "leicester-2023.plan.json"));
        Put("plans/hmp-x.draft.plan.json", Fixture("hooks", "warning.plan.json"));
        Put("plans/hmp-y.plan.yaml", System.Text.Encoding.UTF8.GetBytes(Yaml()));
        Put("plans/2024/hmp-z.docx", word);
        Put("plan.json", Fixture("hooks", "clean.plan.json"));
        Put("plan.docx", word);
        Put("draft.docx", word);
        Put("long-lartin-2025.docx", word);
        Put("long-lartin-2025.txt", Fixture("corpus", "long-lartin-2025.txt"));
        Put("drafts/hmp-x.docx", word);
        Put("drafts/hmp-x.txt", Fixture("corpus", "elmley-2022.txt"));
        Put("tools/planlint/SamplePack.dll", File.ReadAllBytes(SamplePack.AssemblyPath));
        Put("ci/planlint.strict.json", """{ "extends": "strict" }"""u8.ToArray());
        Put("tools/planlint/house-style/going-forward.yaml", """
            id: HOUSE0001
            name: AvoidJargon
            kind: existence
            message: "Action {action} of recommendation {recommendation} says '{match}'; say plainly what will be done"
            severity: warning
            category: Specific
            scope: action
            helpUri: https://intranet.example.org/planlint/HOUSE0001
            phrases: [going forward]
            """u8.ToArray());
        return root;
    }

    private static string Yaml()
    {
        using var temp = new TempFolder();
        string target = temp.Path("plan.yaml");
        var (exit, _, error) = TestPlans.RunCliIn(temp.Root, "import", Repo.Fixture("hooks", "clean.plan.json"), "-o", target, "--schema", "../schema/action-plan.schema.json");
        if (exit != 0) throw new InvalidOperationException("Could not make the YAML plan of the docs' world: " + error);
        return File.ReadAllText(target);
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file)));
    }
}
