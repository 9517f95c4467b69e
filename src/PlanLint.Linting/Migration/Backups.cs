namespace PlanLint.Linting.Migration;

/// <summary>The file an upgrade is about to replace, kept beside it: nothing the user has is lost.</summary>
public static class Backups
{
    /// <summary>Copies <paramref name="path"/> to the first free name of "&lt;name&gt;.bak", "&lt;name&gt;.bak.2", … and returns it; never overwrites.</summary>
    public static string KeepCopy(string path)
    {
        for (int n = 1; ; n++)
        {
            string copy = n == 1 ? path + ".bak" : $"{path}.bak.{n}";
            try
            {
                File.Copy(path, copy, overwrite: false);
                return copy;
            }
            catch (IOException) when (File.Exists(copy) && n < 1000)
            {
                // Taken: an earlier upgrade's copy, kept.
            }
        }
    }
}
