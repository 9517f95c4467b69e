namespace PlanLint;

public static class PlanLintInfo
{
    public const string ToolName = "PlanLint";
    public const string RepositoryUrl = "https://github.com/planlint/planlint";
    public const string RulesFolderUrl = RepositoryUrl + "/blob/main/rules/";

    public static string RuleHelpUri(string id) => RulesFolderUrl + id + ".md";

    public static string Version { get; } =
        typeof(PlanLintInfo).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
