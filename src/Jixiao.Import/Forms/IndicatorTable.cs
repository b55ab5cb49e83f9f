using System.Text.RegularExpressions;

namespace Jixiao.Import.Forms;

/// <summary>
/// The rows of an indicator table after its header: level names set the path, a name starts a leaf, its values follow
/// in the header's columns. Where cells were printed empty the values are read in place; where empty cells vanished
/// (a flattened line) a leaf takes the fewest skipped columns that leave the next cell starting a row of its own.
/// </summary>
internal sealed partial class IndicatorTable(List<Token> tokens, IReadOnlyList<string> columns, bool positional)
{
    private static readonly Dictionary<string, int> s_skipCost = new(StringComparer.Ordinal)
    {
        ["relation"] = 1, ["unit"] = 1, ["target"] = 2, ["actual"] = 2, ["weight"] = 3, ["score"] = 3, ["reason"] = 0,
    };

    public sealed record Leaf(IReadOnlyList<string> Path, Token Name, Dictionary<string, Token> Values);

    /// <summary>Reads leaves from <paramref name="start"/>; returns them and the index where the table ended.</summary>
    public (List<Leaf> Leaves, int End) Read(int start, int end)
    {
        var leaves = new List<Leaf>();
        var (level1, level2) = ("", "");
        var i = start;
        while (i < end)
        {
            var token = tokens[i];
            if (token.IsEmpty)
            {
                i++;
                continue;
            }

            if (token.Is(LabelKind.Level1))
            {
                (level1, level2) = (token.Label!.Key, "");
                i++;
                continue;
            }

            if (token.Is(LabelKind.Level2))
            {
                level2 = token.Label!.Key;
                i++;
                continue;
            }

            if (token.Role == TokenRole.Label && !token.Is(LabelKind.Placeholder))
            {
                break;
            }

            if (Row(i, end) is { } row)
            {
                if (row.Values.Count > 0 && !token.Is(LabelKind.Placeholder) && Name(token).Length > 0)
                {
                    leaves.Add(new Leaf(new[] { level1, level2 }.Where(level => level.Length > 0).ToList(), token, row.Values));
                }

                i = row.Next;
                continue;
            }

            i++;
        }

        return (leaves, i);
    }

    /// <summary>A leaf's name as printed, without a template label glued in front (「指标1工程完工率」).</summary>
    public static string Name(Token token) => TemplateLabel().Replace(token.Text.Value.Trim(), "").Trim();

    private (Dictionary<string, Token> Values, int Next)? Row(int name, int end)
    {
        if (positional && InPlace(name, end) is { } inPlace)
        {
            return inPlace;
        }

        return Flexible(name, end, lookAhead: true);
    }

    /// <summary>Values cell by cell: the row ends at its last column, or early at a label or the table's end.</summary>
    private (Dictionary<string, Token>, int)? InPlace(int name, int end)
    {
        var values = new Dictionary<string, Token>(StringComparer.Ordinal);
        var i = name + 1;
        foreach (var column in columns)
        {
            if (i >= end || tokens[i].Role == TokenRole.Label)
            {
                break;
            }

            if (!tokens[i].IsEmpty)
            {
                if (!Fits(column, tokens[i]))
                {
                    return null;
                }

                // Rows printed without their trailing empty cells: a name that starts a row of its own is no reason.
                if (column == "reason" && Flexible(i, end, lookAhead: false) is not null)
                {
                    break;
                }

                values[column] = tokens[i];
            }

            i++;
        }

        return values.Keys.Any(column => column is "weight" or "score" or "target" or "actual") || AllEmpty(name + 1, i) ? (values, i) : null;
    }

    private bool AllEmpty(int from, int to) => to > from && Enumerable.Range(from, to - from).All(k => tokens[k].IsEmpty);

    /// <summary>The reading with the fewest skipped columns whose next cell starts a row, a level, a label or nothing.</summary>
    private (Dictionary<string, Token>, int)? Flexible(int name, int end, bool lookAhead)
    {
        (Dictionary<string, Token> Values, int Next, int Cost)? best = null;
        void Walk(int column, int i, Dictionary<string, Token> values, int cost)
        {
            if (best is { } known && cost >= known.Cost)
            {
                return;
            }

            if (column == columns.Count)
            {
                if (values.ContainsKey("weight") || values.ContainsKey("score") || (values.ContainsKey("target") && values.ContainsKey("actual")))
                {
                    if (!lookAhead || i >= end || tokens[i].Role != TokenRole.Value || Flexible(i, end, lookAhead: false) is not null)
                    {
                        best = (new Dictionary<string, Token>(values), i, cost);
                    }
                }

                return;
            }

            var name = columns[column];
            if (i < end && tokens[i].IsValue && Fits(name, tokens[i]))
            {
                values[name] = tokens[i];
                Walk(column + 1, i + 1, values, cost + (name == "reason" ? 1 : 0)); // a reason only when the text starts no row
                values.Remove(name);
            }

            Walk(column + 1, i, values, cost + s_skipCost.GetValueOrDefault(name, 2));
        }

        Walk(0, name + 1, [], 0);
        return best is { } found ? (found.Values, found.Next) : null;
    }

    private static bool Fits(string column, Token token) => column switch
    {
        "relation" => Relation().IsMatch(token.Key),
        "unit" => token.Key.Length <= 4 && Unit().IsMatch(token.Key),
        "weight" or "score" => Printed.Parse(token.Key) is { Percent: false, Value: >= 0 and <= 100 } || Printed.IsDash(token.Key),
        _ => true,
    };

    public static string Joined(Dictionary<string, Token> values, params string[] parts) =>
        string.Join(" ", parts.Where(values.ContainsKey).Select(part => values[part].Text.Value.Trim()));

    [GeneratedRegex(@"^指标\s*\d+(?=\S)")]
    private static partial Regex TemplateLabel();

    [GeneratedRegex(@"^(=|＝|═|≥|≧|≤|≦|>|<|＞|＜|≠|大于等于|小于等于|大于|小于|等于|定性|定量|正向|反向)$")]
    private static partial Regex Relation();

    [GeneratedRegex(@"^(%|‰|[人户个次元项件台套篇场所份批册张辆条座处家天日月年亩吨分秒时期本部名]|人次|万元|小时|公里|千米|平方米|立方米|个工作日|工作日|万人|万人次|户次|篇次|元/人|元/亩|人/次|kg|km|m2|m³|%以上)$")]
    private static partial Regex Unit();
}
