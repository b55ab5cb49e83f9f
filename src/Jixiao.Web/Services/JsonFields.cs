using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Services;

/// <summary>
/// The editor's and the review page's form fields, named by the interchange field path they hold (as findings and
/// provenance write it: budget.actual, tasks[0].indicators[1].target) with a prefix for the kind of value:
/// n: a number, t: a text, l: a list of texts one per line, i: a task's indicators one per line (名称｜目标｜实际).
/// Applying them to the evaluation's JSON needs no script; the editor's script posts the same form to recompute.
/// </summary>
internal static partial class JsonFields
{
    public const int MaxFields = 2000;

    /// <summary>Applies each field; returns the problems (a number that is not one), each with its path.</summary>
    public static IReadOnlyList<string> Apply(JsonObject root, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new List<string>();
        foreach (var (name, raw) in fields.Take(MaxFields))
        {
            if (name.Length < 3 || name[1] != ':' || !IsPath(name[2..]))
            {
                continue;
            }

            var path = name[2..];
            var text = raw.Trim();
            if (name[0] == 'n' && text.Length > 0 && !decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                // A value that is not a number is reported, and the stored value stays.
                problems.Add($"{path}：「{text}」不是数字");
                continue;
            }

            JsonNode? value = name[0] switch
            {
                'n' when text.Length == 0 => null,
                'n' when decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                't' => text.Length == 0 ? null : JsonValue.Create(text),
                'l' => new JsonArray([.. Lines(text).Select(line => (JsonNode)JsonValue.Create(line))]),
                'i' => new JsonArray([.. Lines(text).Select(Indicator)]),
                _ => null,
            };
            if (name[0] is 'n' or 't' or 'l' or 'i')
            {
                Set(root, path, value);
            }
        }

        Prune(root, "tasks");
        Prune(root, "keyProjects");
        return problems;
    }

    /// <summary>The value at a path, or null.</summary>
    public static JsonNode? Get(JsonNode? root, string path)
    {
        var node = root;
        foreach (Match segment in Segment().Matches(path))
        {
            node = segment.Groups[2].Success
                ? node is JsonArray array && int.Parse(segment.Groups[2].Value, CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null
                : node is JsonObject obj ? obj[segment.Groups[1].Value] : null;
        }

        return node;
    }

    public static bool IsPath(string path) => path.Length is > 0 and < 200 && Segment().Replace(path, "").Replace(".", "", StringComparison.Ordinal).Length == 0;

    /// <summary>Sets (or, with null, removes) the value at a path, making the objects and list items on the way.</summary>
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var segments = Segment().Matches(path).ToList();
        JsonNode parent = root;
        for (var s = 0; s < segments.Count; s++)
        {
            var last = s == segments.Count - 1;
            var segment = segments[s];
            var next = last ? null : segments[s + 1].Groups[2].Success ? (JsonNode)new JsonArray() : new JsonObject();
            if (segment.Groups[2].Success)
            {
                if (parent is not JsonArray array)
                {
                    return;
                }

                var index = int.Parse(segment.Groups[2].Value, CultureInfo.InvariantCulture);
                if (index > array.Count || index > 500)
                {
                    return;
                }

                if (index == array.Count)
                {
                    array.Add(last ? value?.DeepClone() : next);
                }
                else if (last)
                {
                    array[index] = value?.DeepClone();
                }

                parent = array[index]!;
            }
            else
            {
                if (parent is not JsonObject obj)
                {
                    return;
                }

                var key = segment.Groups[1].Value;
                if (last)
                {
                    if (value is null)
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        obj[key] = value.DeepClone();
                    }

                    return;
                }

                if (obj[key] is null)
                {
                    obj[key] = next;
                }

                parent = obj[key]!;
            }

            if (parent is null)
            {
                return;
            }
        }
    }

    /// <summary>Drops the rows of a list left without a name (an empty row the user did not fill in, or cleared).</summary>
    private static void Prune(JsonObject root, string list)
    {
        if (root[list] is JsonArray array)
        {
            for (var i = array.Count - 1; i >= 0; i--)
            {
                if (array[i] is not JsonObject item || item["name"] is null)
                {
                    array.RemoveAt(i);
                }
            }
        }
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);

    private static JsonNode Indicator(string line)
    {
        var parts = line.Split(['｜', '|'], 3).Select(p => p.Trim()).ToArray();
        var indicator = new JsonObject { ["name"] = parts[0] };
        if (parts.Length > 1 && parts[1].Length > 0)
        {
            indicator["target"] = parts[1];
        }

        if (parts.Length > 2 && parts[2].Length > 0)
        {
            indicator["actual"] = parts[2];
        }

        return indicator;
    }

    [GeneratedRegex(@"([^.\[\]]+)|\[(\d{1,3})\]")]
    private static partial Regex Segment();
}
