using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Tests;

namespace Jixiao.Domain.Tests;

/// <summary>Every path that the seeds' hand-checked facts use names a field of the interchange model.</summary>
public partial class SeedFactsPathTests
{
    public static TheoryData<string> FactsFiles() =>
        [.. Directory.GetFiles(RepoPaths.Seeds, "*.facts.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(FactsFiles))]
    public void FactsPaths_ResolveAgainstTheModel(string factsFile)
    {
        using var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Seeds, factsFile)));
        var paths = facts.RootElement.GetProperty("facts").EnumerateArray().Select(fact => fact[0].GetString()!)
            .Concat(facts.RootElement.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("field").GetString()!))
            .ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(Resolves(typeof(Evaluation), path), $"{factsFile}: {path} names no field of Evaluation"));
    }

    [GeneratedRegex(@"[^.\[\]]+|\[[^\]]*\]")]
    private static partial Regex Segment();

    /// <summary>Walks the path over the types: properties by camelCase name, [i] into lists, any key into dictionaries.</summary>
    private static bool Resolves(Type type, string path)
    {
        foreach (Match segment in Segment().Matches(path))
        {
            var inDictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>);
            if (segment.Value.StartsWith('['))
            {
                if (ElementType(type) is not { } element)
                {
                    return false;
                }

                type = element;
            }
            else if (inDictionary)
            {
                type = type.GetGenericArguments()[1];
            }
            else if (type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == segment.Value) is { } property)
            {
                type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static Type? ElementType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments().Length == 1
            ? type.GetGenericArguments()[0]
            : null;
}
