using System.Text.RegularExpressions;
using Jixiao.Import.Documents;
using Jixiao.Import.Text;

namespace Jixiao.Import.Forms;

/// <summary>
/// The rows of an indicator table after its header: level names set the path, a name starts a leaf, its values follow
/// in the header's columns. Where cells were printed empty the values are read in place; where empty cells vanished
/// (a flattened line, one cell per line) a leaf takes the cheapest reading — fewest skipped columns, fewest wrapped
/// lines joined — that leaves the next cell starting a row of its own. A header repeated after a page break is passed
/// over, and a name cut by the break is joined again.
/// </summary>
internal sealed partial class IndicatorTable(List<Token> tokens, IReadOnlyList<string> columns, bool positional, FormLabels levels)
{
    private static readonly Dictionary<string, int> s_skipCost = new(StringComparer.Ordinal)
    {
        ["relation"] = 2, ["unit"] = 2, ["target"] = 4, ["actual"] = 4, ["weight"] = 6, ["score"] = 6, ["reason"] = 0,
    };

    /// <summary>What joining one more printed line to a cell costs: a wrap is likelier than a skipped value.</summary>
    private const int WrapCost = 3;

    public sealed record Leaf(IReadOnlyList<string> Path, Token Name, Dictionary<string, Token> Values);

    private sealed record Reading(Token Name, Dictionary<string, Token> Values, int Next, int Cost);

    /// <summary>Reads leaves from <paramref name="start"/>; returns them and the index where the table ended.</summary>
    public (List<Leaf> Leaves, int End) Read(int start, int end)
    {
        var leaves = new List<Leaf>();
        var (level1, level2) = ("", "");
        var afterLevel2 = false;
        var rowEnd = -1;
        var i = start;
        while (i < end)
        {
            var token = tokens[i];
            if (token.IsEmpty)
            {
                afterLevel2 = false;
                i++;
                continue;
            }

            // A form with a table per goal (年度绩效目标1、2) goes on after the next goal's title and header.
            if (token.Is(LabelKind.IndicatorTitle) && i + 2 < end && tokens.Skip(i + 1).Take(3).Any(next => levels.IndicatorColumn(next) is not null))
            {
                i = RepeatedHeader(tokens.FindIndex(i, end - i, next => levels.IndicatorColumn(next) is not null), end, leaves);
                continue;
            }

            // The words of a cell merged down the table's side (「绩效指标」 beside every row), printed halfway down: no row.
            if (token.Is(LabelKind.IndicatorTitle))
            {
                i++;
                continue;
            }

            // 成本指标 is a 一级指标 in newer forms and a 二级指标 under 产出 in older ones: a 一级 when a 二级 follows it.
            if (token.Is(LabelKind.Level1) && !(levels.IsLevel2(token) && !NextIsLevel(i, end)))
            {
                (level1, level2, afterLevel2) = (Level(token), "", false);
                i++;
                continue;
            }

            // A level's words right after a 二级指标 are a leaf's name (「服务对象满意度指标 | 服务对象满意度」).
            if ((token.Is(LabelKind.Level2) || token.Is(LabelKind.Level1)) && !afterLevel2)
            {
                (level2, afterLevel2) = (Level(token), true);
                i++;
                continue;
            }

            afterLevel2 = false;

            // A number a browser clipped (「…」) in a column the header lost to the same clip: no row starts at it.
            if (token.Key == LaidOutText.CutNumber)
            {
                i++;
                continue;
            }

            if (RepeatedHead(i, start, end) is { } after)
            {
                i = after;
                continue;
            }

            if (levels.IndicatorColumn(token) is not null)
            {
                i = RepeatedHeader(i, end, leaves);
                continue;
            }

            if (token.Role == TokenRole.Label && !token.Is(LabelKind.Placeholder) && !token.Is(LabelKind.Level1) && !token.Is(LabelKind.Level2))
            {
                break;
            }

            if (Glued(token) is { } glued)
            {
                leaves.Add(new Leaf(new[] { level1, level2 }.Where(level => level.Length > 0).ToList(), glued.Name, glued.Values));
                i++;
                continue;
            }

            if (Row(i, end) is { } row)
            {
                if (row.Values.Count > 0 && !token.Is(LabelKind.Placeholder) && Name(row.Name).Length > 0)
                {
                    leaves.Add(new Leaf(new[] { level1, level2 }.Where(level => level.Length > 0).ToList(), row.Name, row.Values));
                    rowEnd = row.Next;
                }
                else if (NameTail(i, row, rowEnd, end) && leaves.Count > 0)
                {
                    var last = leaves[^1];
                    leaves[^1] = last with { Name = last.Name with { Text = SourceString.Concat([last.Name.Text, token.Text]), Key = last.Name.Key + token.Key } };
                }

                i = row.Next;
                continue;
            }

            i++;
        }

        return (leaves, i);
    }

    /// <summary>
    /// The last line of a leaf's name printed after the row's values: a browser centres the row's one-line cells beside
    /// the name's lines, so a name of three lines prints its last below them (「培训基层卫生 | ≥600人次 | … | 技术人员」). It
    /// follows the leaf's row at once (past clipped numbers), holds no number, and its row is shorter than a row of empty
    /// cells before the next level starts.
    /// </summary>
    private bool NameTail(int i, Reading row, int rowEnd, int end)
    {
        if (!positional || rowEnd < 0 || row.Values.Count > 0 || !tokens[i].IsValue || Printed.Parse(tokens[i].Key) is not null || row.Next - i - 1 >= columns.Count
            || Enumerable.Range(rowEnd, i - rowEnd).Any(k => tokens[k].Key != LaidOutText.CutNumber))
        {
            return false;
        }

        var next = tokens.FindIndex(row.Next, end - row.Next, token => !token.IsEmpty);
        return next >= 0 && (tokens[next].Is(LabelKind.Level1) || tokens[next].Is(LabelKind.Level2));
    }

    /// <summary>
    /// The form's head row printed again at the top of a page (a browser repeats a table's head row on every page): a
    /// field's label before the table, then the same value in one or more pieces. Returns the index after it.
    /// </summary>
    private int? RepeatedHead(int i, int start, int end)
    {
        if (!tokens[i].Is(LabelKind.Field))
        {
            return null;
        }

        var before = tokens.FindLastIndex(start - 1, token => token.Is(LabelKind.Field) && token.Key == tokens[i].Key);
        var value = before < 0 ? -1 : tokens.FindIndex(before + 1, token => !token.IsEmpty);
        if (value < 0 || !tokens[value].IsValue)
        {
            return null;
        }

        var spelled = "";
        for (var k = i + 1; k < end && spelled.Length < tokens[value].Key.Length; k++)
        {
            if (tokens[k].IsEmpty)
            {
                continue;
            }

            spelled += tokens[k].Key;
            if (!tokens[k].IsValue || !tokens[value].Key.StartsWith(spelled, StringComparison.Ordinal))
            {
                return null;
            }

            if (spelled.Length == tokens[value].Key.Length)
            {
                return k + 1;
            }
        }

        return null;
    }

    private bool NextIsLevel(int i, int end)
    {
        for (var k = i + 1; k < end; k++)
        {
            if (!tokens[k].IsEmpty)
            {
                return tokens[k].Is(LabelKind.Level2) || tokens[k].Is(LabelKind.Level1);
            }
        }

        return false;
    }

    /// <summary>A leaf's name as printed, without a template label glued in front (「指标1工程完工率」).</summary>
    public static string Name(Token token) => TemplateLabel().Replace(token.Text.Printed.Trim(), "").Trim();

    /// <summary>The cells of a value as printed, one blank between them (「≧ 735 人次」).</summary>
    public static string Joined(Dictionary<string, Token> values, params string[] parts) =>
        string.Join(" ", parts.Where(values.ContainsKey).Select(part => values[part].Text.Printed.Trim()));

    private static string Level(Token level) => level.Text.Value.Trim();

    /// <summary>
    /// Passes over a header printed again after a page break; a name alone on the row after it (its other cells empty)
    /// is the end of the last leaf's name, cut by the break (「新增高效节水灌溉 / 面积」).
    /// </summary>
    private int RepeatedHeader(int i, int end, List<Leaf> leaves)
    {
        while (i < end && (levels.IndicatorColumn(tokens[i]) is not null || tokens[i].IsEmpty || Rule().IsMatch(tokens[i].Key)))
        {
            i++;
        }

        if (i < end && leaves.Count > 0 && tokens[i].IsValue && Printed.Parse(tokens[i].Key) is null)
        {
            var next = i + 1;
            while (next < end && tokens[next].IsEmpty)
            {
                next++;
            }

            if (next > i + 1 && (next == end || tokens[next].Role == TokenRole.Label))
            {
                var last = leaves[^1];
                leaves[^1] = last with { Name = last.Name with { Text = SourceString.Concat([last.Name.Text, tokens[i].Text]), Key = last.Name.Key + tokens[i].Key } };
                return next;
            }
        }

        return i;
    }

    /// <summary>
    /// A row that lost every separator, its name glued to its numbers (「监测数据必须合格100%100%10」): read when its run of
    /// digits splits exactly one way into the header's columns of numbers.
    /// </summary>
    private Reading? Glued(Token token)
    {
        var match = GluedRow().Match(token.Key);
        var numeric = columns.Where(column => column is "target" or "actual" or "weight" or "score").ToList();
        if (!token.IsValue || !match.Success || numeric.Count < 2)
        {
            return null;
        }

        var relation = match.Groups["r"].Value; // 「≥95%98%2020」: the relation opens the target
        var tail = match.Groups["n"].Value;
        var fits = Printed.Splits(tail, numeric.Count).Where(split => Enumerable.Range(0, numeric.Count).All(k =>
            numeric[k] is not ("weight" or "score") || split[k] is { Percent: false, Value: <= 100 })).ToList();
        if (fits.Count != 1 || token.Text.Value.Length != token.Key.Length)
        {
            return null;
        }

        var name = token.Text.Slice(0, match.Groups["name"].Length);
        var values = new Dictionary<string, Token>(StringComparer.Ordinal);
        var at = match.Groups["n"].Index;
        for (var k = 0; k < numeric.Count; k++)
        {
            var length = fits[0][k].Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + (fits[0][k].Percent ? 1 : 0);
            var piece = k == 0 && relation.Length > 0 ? token.Text.Slice(at - relation.Length, length + relation.Length) : token.Text.Slice(at, length);
            values[numeric[k]] = new Token(piece, piece.Value, TokenRole.Value);
            at += length;
        }

        return new Reading(token with { Text = name, Key = name.Value }, values, 0, 0);
    }

    private Reading? Row(int name, int end) =>
        (positional ? InPlace(name, end) : null) ?? Flexible(name, end, lookAhead: true);

    /// <summary>Values cell by cell: the row ends at its last column, or early at a label or the table's end.</summary>
    private Reading? InPlace(int name, int end)
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

        return values.Keys.Any(column => column is "weight" or "score" or "target" or "actual") || AllEmpty(name + 1, i)
            ? new Reading(tokens[name], values, i, 0)
            : null;
    }

    private bool AllEmpty(int from, int to) => to > from && Enumerable.Range(from, to - from).All(k => tokens[k].IsEmpty);

    /// <summary>The cheapest reading whose next cell starts a row, a level, a label or nothing; a name may run over three lines.</summary>
    private Reading? Flexible(int name, int end, bool lookAhead)
    {
        Reading? best = null;
        if (tokens[name].IsValue && Printed.IsDash(tokens[name].Key))
        {
            return null;
        }

        for (var span = 1; span <= 3 && name + span <= end && (span == 1 || IsWrapped(tokens[name + span - 1])); span++)
        {
            var nameToken = span == 1 ? tokens[name] : Join(name, span);
            Walk(0, name + span, [], (span - 1) * WrapCost);

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
                        // The text after the row must start the next one: the two readings' costs count together.
                        var next = !lookAhead || i >= end || tokens[i].Role != TokenRole.Value ? 0 : Flexible(i, end, lookAhead: false)?.Cost;
                        if (next is { } more && (best is null || cost + more < best.Cost))
                        {
                            best = new Reading(nameToken, new Dictionary<string, Token>(values), i, cost + more);
                        }
                    }

                    return;
                }

                var key = columns[column];
                if (i < end && tokens[i].IsValue && Fits(key, tokens[i]))
                {
                    var taken = key == "reason" ? 1 : 0; // a reason only when the text starts no row
                    for (var lines = 1; lines <= 3 && i + lines <= end; lines++)
                    {
                        if (lines > 1 && !(IsWrappable(key) && IsWrapped(tokens[i + lines - 1])))
                        {
                            break;
                        }

                        values[key] = lines == 1 ? tokens[i] : Join(i, lines);
                        Walk(column + 1, i + lines, values, cost + taken + (lines - 1) * WrapCost);
                        values.Remove(key);
                    }
                }

                Walk(column + 1, i, values, cost + s_skipCost.GetValueOrDefault(key, 4));
            }
        }

        return best;
    }

    private static bool IsWrappable(string column) => column is "target" or "actual" or "reason";

    /// <summary>A line that may go on a cell above it: text, not a value of its own (「≥42公里」「98%」).</summary>
    private static bool IsWrapped(Token token) => token.IsValue && token.Key.Length > 0 && !char.IsAsciiDigit(token.Key[0]) && !Relation().IsMatch(token.Key[..1])
        && !Printed.IsDash(token.Key);

    private Token Join(int from, int count)
    {
        var parts = tokens.GetRange(from, count);
        return new Token(SourceString.Concat([.. parts.Select(part => part.Text)]), string.Concat(parts.Select(part => part.Key)), TokenRole.Value);
    }

    private static bool Fits(string column, Token token) => column switch
    {
        "relation" => Relation().IsMatch(token.Key),
        "unit" => token.Key.Length <= 4 && Unit().IsMatch(token.Key),
        "weight" or "score" => Printed.Parse(token.Key) is { Percent: false, Value: >= 0 and <= 100 } || Printed.IsDash(token.Key) || token.Key == LaidOutText.CutNumber,
        _ => true,
    };

    [GeneratedRegex(@"^指标\s*\d+(?=\S)")]
    private static partial Regex TemplateLabel();

    [GeneratedRegex(@"^(=|＝|═|≥|≧|≤|≦|>|<|＞|＜|≠|大于等于|小于等于|大于|小于|等于|定性|定量|正向|反向)$")]
    private static partial Regex Relation();

    [GeneratedRegex(@"^(%|‰|[人户个次元项件台套篇场所份批册张辆条座处家天日月年亩吨分秒时期本部名]|人次|万元|小时|公里|千米|平方米|立方米|个工作日|工作日|万人|万人次|户次|篇次|元/人|元/亩|人/次|kg|km|m2|m³|%以上)$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^(?<name>.*?[^\d.%\-=＝═≥≧≤≦<>＜＞])(?<r>[=＝═≥≧≤≦<>＜＞]?)(?<n>\d[\d.%]*\d%?)$")]
    private static partial Regex GluedRow();

    [GeneratedRegex(@"^:?-{2,}:?$")]
    private static partial Regex Rule();
}
