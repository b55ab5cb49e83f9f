namespace Jixiao.Import.Forms;

/// <summary>
/// The numbers of one budget row given to the grid's columns (年初 / 全年 / 执行 / 分值 / 执行率 / 得分). Printed one per
/// cell, they go in order. When cells were lost or run together (「10100%20」), a reading is taken only when exactly one
/// way of splitting and placing them agrees with the form: 执行率 = 执行数 ÷ 预算数, 得分 = 执行率 × 分值 (at most 分值),
/// every number but 年初 confirmed by one of them, and the amounts split from one run printed with
/// one number of decimals, as a form's column format prints them.
/// </summary>
internal static class GridRow
{
    public sealed record Reading(Dictionary<string, (Printed Number, Token Token)> Values, int Ways);

    public static Reading Assign(IReadOnlyList<string> columns, List<Token> cells, decimal? headerWeight)
    {
        var numbers = cells.Select(cell => cell.IsEmpty || Printed.IsDash(cell.Key) ? (Printed?)null : Printed.Parse(cell.Key)).ToList();
        var whole = numbers.Zip(cells).All(pair => pair.First is not null || pair.Second.IsEmpty || Printed.IsDash(pair.Second.Key));
        if (whole && cells.Count == columns.Count)
        {
            return new Reading(Positional(columns, cells, numbers), 1);
        }

        var printed = numbers.Zip(cells).Where(pair => pair.First is not null).ToList();
        if (whole && printed.Count == columns.Count)
        {
            return new Reading(Positional(columns, printed.Select(pair => pair.Second).ToList(), printed.Select(pair => pair.First).ToList()), 1);
        }

        // Each distinct reading (its columns and values) with how many sums confirm it.
        var found = new Dictionary<string, (int Strength, Dictionary<string, (Printed, Token)> Values)>(StringComparer.Ordinal);
        foreach (var flat in Flatten(cells.Where(cell => cell.IsValue && !Printed.IsDash(cell.Key)).ToList(), columns.Count))
        {
            var split = flat.Count > flat.Select(pair => pair.Item2).Distinct().Count();
            foreach (var placed in Place(columns, flat).Where(placed => !split || OneFormat(placed)))
            {
                if (Confirmed(placed, headerWeight) is { } strength)
                {
                    var key = string.Join(";", placed.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value.Item1}"));
                    found.TryAdd(key, (strength, placed));
                }
            }
        }

        if (found.Count == 0)
        {
            return new Reading([], 0);
        }

        var best = found.Values.Max(reading => reading.Strength);
        var top = found.Values.Where(reading => reading.Strength == best).ToList();
        return top.Count == 1 ? new Reading(top[0].Values, 1) : new Reading([], top.Count);
    }

    private static Dictionary<string, (Printed, Token)> Positional(IReadOnlyList<string> columns, List<Token> cells, List<Printed?> numbers)
    {
        var values = new Dictionary<string, (Printed, Token)>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (numbers[i] is { } number)
            {
                values[columns[i]] = (number, cells[i]);
            }
        }

        return values;
    }

    /// <summary>Every way to read the cells as at most <paramref name="most"/> numbers, a cell split only where it is no number as it stands or the cells are too few.</summary>
    private static List<List<(Printed, Token)>> Flatten(List<Token> cells, int most)
    {
        var ways = new List<List<(Printed, Token)>> { new() };
        foreach (var cell in cells)
        {
            var next = new List<List<(Printed, Token)>>();
            var alone = Printed.Parse(cell.Key);
            foreach (var way in ways)
            {
                var room = most - way.Count - (cells.Count - 1 - cells.IndexOf(cell));
                if (alone is { } number)
                {
                    next.Add([.. way, (number, cell)]);
                }

                for (var pieces = 2; pieces <= room && cells.Count < most; pieces++)
                {
                    next.AddRange(Printed.Splits(cell.Key, pieces).Select(split => way.Concat(split.Select(piece => (piece, cell))).ToList()));
                }
            }

            ways = next;
            if (ways.Count > 20_000)
            {
                return [];
            }
        }

        return ways.Where(way => way.Count > 0).ToList();
    }

    /// <summary>Every order-keeping placement of the numbers in the columns, a % only under 执行率.</summary>
    private static IEnumerable<Dictionary<string, (Printed, Token)>> Place(IReadOnlyList<string> columns, List<(Printed Number, Token Token)> numbers)
    {
        if (numbers.Count > columns.Count)
        {
            yield break;
        }

        foreach (var chosen in Choose(columns.Count, numbers.Count, 0))
        {
            var placed = new Dictionary<string, (Printed, Token)>();
            var fits = true;
            for (var i = 0; i < numbers.Count && fits; i++)
            {
                var column = columns[chosen[i]];
                fits = numbers[i].Number.Percent == (column == "rate");
                placed[column] = numbers[i];
            }

            if (fits)
            {
                yield return placed;
            }
        }
    }

    private static IEnumerable<List<int>> Choose(int n, int k, int from)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = from; i <= n - k; i++)
        {
            foreach (var rest in Choose(n, k - 1, i + 1))
            {
                yield return [i, .. rest];
            }
        }
    }

    /// <summary>A form prints its amounts in one format: where a run of digits was split, its amounts have one number of decimals.</summary>
    private static bool OneFormat(Dictionary<string, (Printed Number, Token)> placed) =>
        placed.Where(pair => pair.Key is "initial" or "adjusted" or "actual").Select(pair => pair.Value.Number.Value.Scale).Distinct().Count() <= 1;

    /// <summary>How many checks of the form's arithmetic the placement passes, or null when one fails or a number is unconfirmed.</summary>
    private static int? Confirmed(Dictionary<string, (Printed Number, Token)> placed, decimal? headerWeight)
    {
        decimal? Get(string column) => placed.TryGetValue(column, out var value) ? value.Number.Value : null;
        var (adjusted, actual, rate, score) = (Get("adjusted"), Get("actual"), Get("rate"), Get("score"));
        var weight = Get("weight") ?? headerWeight;
        var confirmed = new HashSet<string>();
        var passed = 0;
        if (weight is > 100 or < 0 || (score is { } s0 && weight is { } w0 && s0 > w0))
        {
            return null;
        }

        if (adjusted is > 0 && actual is { } spent && rate is { } printedRate)
        {
            if (!Near(spent / adjusted.Value * 100, printedRate))
            {
                return null;
            }

            confirmed.UnionWith(["adjusted", "actual", "rate"]);
            passed++;
        }

        var achieved = rate ?? (adjusted is > 0 && actual is { } a ? a / adjusted.Value * 100 : null);
        if (score is { } points && weight is { } full && achieved is { } r)
        {
            if (!Near(Math.Min(r * full / 100, full), points, wholeUnit: true))
            {
                return null;
            }

            confirmed.UnionWith(["score", "weight", rate is null ? "actual" : "rate"]);
            passed++;
        }

        // A reading no sum confirms is a guess (a lone number could be any column's).
        return passed > 0 && placed.Keys.All(column => column == "initial" || confirmed.Contains(column)) ? passed : null;
    }

    /// <summary>A computed value agrees with a printed one when they differ by less than the printed number's last place (rounded or cut).</summary>
    private static bool Near(decimal computed, decimal printed, bool wholeUnit = false)
    {
        var unit = 1m;
        for (var i = 0; i < printed.Scale; i++)
        {
            unit /= 10;
        }

        return Math.Abs(computed - printed) < (wholeUnit ? unit : unit / 2 + unit / 1000) || (!wholeUnit && computed >= printed && computed < printed + unit);
    }
}
