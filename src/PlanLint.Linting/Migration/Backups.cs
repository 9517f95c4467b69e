namespace PlanLint.Linting.Migration;

/// <summary>Where an upgrade keeps the file it is about to replace, beside it: nothing the user has is lost.</summary>
public static class Backups
{
    /// <summary>The first of "&lt;name&gt;.bak", "&lt;name&gt;.bak.2", … that names nothing yet (an earlier upgrade's copy is kept).</summary>
    public static string FreeName(string path)
    {
        for (int n = 1; ; n++)
        {
            string copy = n == 1 ? path + ".bak" : $"{path}.bak.{n}";
            if (!File.Exists(copy) && !Directory.Exists(copy) && new FileInfo(copy).LinkTarget is null)
                return copy;
        }
    }
}
