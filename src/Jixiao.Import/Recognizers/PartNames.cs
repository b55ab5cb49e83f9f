using Jixiao.Domain.Frameworks;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// The names of first-level indicators (一级指标) a report's score is split by: the built-in frameworks'
/// parts with their aliases (管理效能 is 管理效率), and the parts of the common national schemes.
/// </summary>
internal static class PartNames
{
    private static readonly Dictionary<string, string> Canonical = Build();

    /// <summary>Longest first, so that a regex alternation prefers 预算执行率 to 预算.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Canonical.Keys.OrderByDescending(name => name.Length)];

    public static string Alternation { get; } = string.Join('|', All);

    /// <summary>The canonical name of a part, or null when the name is no part's.</summary>
    public static string? Of(string name) => Canonical.GetValueOrDefault(name.EndsWith("指标", StringComparison.Ordinal) && name.Length > 2 ? name[..^2] : name);

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var framework in FrameworkCatalog.BuiltIn.All)
        {
            foreach (var part in framework.Indicators)
            {
                names.TryAdd(part.Name, part.Name);
                foreach (var alias in part.Aliases)
                {
                    names.TryAdd(alias, part.Name);
                }
            }
        }

        foreach (var name in new[] { "决策", "过程", "投入", "产出", "效果", "效益", "满意度", "预算执行率", "履职效能", "管理效率" })
        {
            names.TryAdd(name, name);
        }

        return names;
    }
}
