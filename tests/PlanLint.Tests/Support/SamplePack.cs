using System.Reflection;

namespace PlanLint.Tests.Support;

/// <summary>tests/SamplePack, the compiled rule pack built beside the tests.</summary>
public static class SamplePack
{
    public static string AssemblyPath { get; } =
        typeof(SamplePack).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SamplePackPath").Value!;
}
