using System.Reflection;
using PlanLint.Tests.Support;

namespace PlanLint.Tests.Tools;

public sealed class ToolTestsMetaTests
{
    [Fact]
    public void Every_test_that_needs_an_external_tool_is_in_the_Tools_category()
    {
        var untagged = typeof(ToolTestsMetaTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m)))
            .Where(x => x.Method.GetCustomAttribute<ToolFactAttribute>() is not null || x.Method.GetCustomAttribute<ToolTheoryAttribute>() is not null)
            .Where(x => !x.Type.GetCustomAttributes<TraitAttribute>().Any() || !HasToolsTrait(x.Type))
            .Select(x => $"{x.Type.Name}.{x.Method.Name}")
            .ToList();

        untagged.ShouldBeEmpty("tests with [ToolFact]/[ToolTheory] need [Trait(\"Category\", ExternalTools.Category)] on their class, so .ci/run can run them as a group");
    }

    [Fact]
    public void The_meta_test_sees_the_tool_tests()
    {
        typeof(OfficeRoundTripTests).GetMethods().Count(m => m.GetCustomAttribute<ToolFactAttribute>() is not null).ShouldBeGreaterThan(0);
    }

    private static bool HasToolsTrait(Type type) =>
        type.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
            && a.ConstructorArguments.Count == 2
            && Equals(a.ConstructorArguments[0].Value, "Category")
            && Equals(a.ConstructorArguments[1].Value, ExternalTools.Category));
}
