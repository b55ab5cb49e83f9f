using System.Globalization;
using System.Text.Json.Nodes;

namespace Jixiao.Storage.Saving;

/// <summary>The field paths (as findings write them: budget.actual, goals[3]) at which two interchange documents differ.</summary>
internal static class JsonDiff
{
    /// <summary>Enough to tell a user what changed; past it the list ends with "…".</summary>
    private const int MaxPaths = 40;

    public static IReadOnlyList<string> Paths(string before, string after)
    {
        var paths = new List<string>();
        Walk(JsonNode.Parse(before), JsonNode.Parse(after), "", paths);
        return paths.Count > MaxPaths ? [.. paths.Take(MaxPaths), "…"] : paths;
    }

    private static void Walk(JsonNode? a, JsonNode? b, string path, List<string> paths)
    {
        if (paths.Count > MaxPaths || JsonNode.DeepEquals(a, b))
        {
            return;
        }

        switch (a, b)
        {
            case (JsonObject left, JsonObject right):
                foreach (var name in left.Select(p => p.Key).Union(right.Select(p => p.Key)))
                {
                    Walk(left[name], right[name], path.Length == 0 ? name : path + "." + name, paths);
                }

                break;
            case (JsonArray left, JsonArray right):
                for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
                {
                    Walk(i < left.Count ? left[i] : null, i < right.Count ? right[i] : null, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", paths);
                }

                break;
            default:
                paths.Add(path);
                break;
        }
    }
}
