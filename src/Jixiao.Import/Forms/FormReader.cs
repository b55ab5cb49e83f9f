using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Documents;
using Jixiao.Import.Extraction;
using Jixiao.Import.Recognizers;
using Jixiao.Import.Recognizers.Tables;

namespace Jixiao.Import.Forms;

/// <summary>
/// Reads the forms of <see cref="FormSpec.BuiltIn"/> from the document's stream of cells: from a form's title to the
/// next title, its fields, its budget row and its indicator table, each value with the cell it was printed in.
/// </summary>
internal sealed partial class FormReader : IRecognizer
{
    private static readonly List<FormLabels> s_forms = [.. FormSpec.BuiltIn.Select(form => new FormLabels(form))];

    public void Recognize(Document document, FieldBoard board)
    {
        var cells = CellStream.Of(document);
        var applied = s_forms.Select(labels => (Labels: labels, Tokens: labels.Apply(cells))).ToList();
        var found = applied
            .Select(form => (form.Labels, form.Tokens, Start: Title(form.Labels, form.Tokens)))
            .Where(form => form.Start >= 0)
            .OrderBy(form => form.Start)
            .ToList();
        if (found.Count == 0 && applied.FindIndex(form => Untitled(form.Labels, form.Tokens)) is var untitled and >= 0)
        {
            found.Add((applied[untitled].Labels, applied[untitled].Tokens, 0));
        }

        for (var i = 0; i < found.Count; i++)
        {
            var (labels, tokens, start) = found[i];
            // A form ends at its next title, or where the next form starts (a report's cover, then a project's form).
            var end = tokens.FindIndex(start + 1, token => token.Is(LabelKind.Title) && token.Key != tokens[start].Key);
            end = Math.Min(end < 0 ? tokens.Count : end, i + 1 < found.Count && found[i + 1].Start > start ? found[i + 1].Start : tokens.Count);
            new Region(document, board, labels, tokens, start, end, first: i == 0).Read();
        }
    }

    /// <summary>Where a form starts: its title printed as such, or a report's title of its kind at the document's top.</summary>
    private static int Title(FormLabels labels, List<Token> tokens)
    {
        var titled = tokens.FindIndex(token => token.Is(LabelKind.Title)
            || (token.IsValue && labels.HoldsTitle(token)));
        var top = tokens.Take(TopOfDocument).ToList().FindIndex(token => token.IsValue && labels.TitlePatterns.Any(pattern => pattern.IsMatch(token.Key)));
        return titled < 0 ? top : top < 0 ? titled : Math.Min(titled, top);
    }

    /// <summary>
    /// A document without any form's title that opens with a label no other form has: a field of this form and its value
    /// (「项目名称 | ……」), or the title of its budget grid and the grid's first column (「项目资金（万元） | 年初预算数」):
    /// a sheet saved without its title rows, or without the lines above its first table.
    /// </summary>
    private static bool Untitled(FormLabels labels, List<Token> tokens)
    {
        // Empty cells before the label (「| | 项目名称 |」), and after a grid's title with the unit cut off it
        // (「项目资金」「（万元）」「 」「年初预算数」), are passed over.
        var head = tokens.SkipWhile(token => token.IsEmpty).Take(6).ToList();
        var next = head.Skip(1).SkipWhile(token => token.IsEmpty || (token.IsValue && UnitMark().IsMatch(token.Key))).FirstOrDefault();
        var opens = head.Count > 1
            && ((head[0].Is(LabelKind.Field) && head[1].IsValue) || (head[0].Is(LabelKind.BudgetTitle) && next?.Is(LabelKind.BudgetColumn) == true));
        return opens && s_forms.All(other => other == labels || other.Find(head[0].Key) is null);
    }

    /// <summary>How many cells from the start a report's title may stand, after a site's breadcrumbs and metadata.</summary>
    private const int TopOfDocument = 60;

    private sealed class Region(Document document, FieldBoard board, FormLabels labels, List<Token> tokens, int start, int end, bool first)
    {
        private readonly FormSpec _form = labels.Form;
        private string? _unit;

        public void Read()
        {
            if (first)
            {
                board.Propose(Fields.Kind, _form.Kind, document.Locate(tokens[start].Text), strength: 2);
            }

            _unit = UnitOf();
            Year();
            ReadFields();
            Budget();
            LabelledNumbers();
            Indicators();
        }

        /// <summary>
        /// A form flattened to one cell a line (a converter that writes a table's cells as paragraphs): a label on its
        /// own line and the one number on the next name the value the two cells would in a row of the form's table.
        /// </summary>
        private void LabelledNumbers()
        {
            for (var i = start; i + 1 < end; i++)
            {
                var (label, value) = (tokens[i], tokens[i + 1]);
                if (label.Alone && !label.IsEmpty && CellValues.Number(label.Text.Value) is null
                    && value.Alone && value.IsValue && CellValues.Number(value.Text.Value) is { } number
                    && (i + 2 >= end || CellValues.Number(tokens[i + 2].Text.Value) is null))
                {
                    TableKeyValues.LabelledNumber(board, label.Text.Value, number, _unit ?? "", document.Locate(value.Text));
                }
            }
        }

        /// <summary>The year the form's title prints (「项目支出绩效自评表（2024年度）」), in the title's cell or the next.</summary>
        private void Year()
        {
            for (var i = start; i < Math.Min(end, start + 3); i++)
            {
                if (DocumentTitle.FiscalYear().Match(tokens[i].Key) is { Success: true } year && (i == start || !tokens[i].Is(LabelKind.Title)))
                {
                    board.Propose(Fields.Year, int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), document.Locate(tokens[i].Text), strength: 2);
                    return;
                }
            }
        }

        private void ReadFields()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = start; i < end; i++)
            {
                if (!tokens[i].Is(LabelKind.Field) || i + 1 >= end || !tokens[i + 1].IsValue)
                {
                    continue;
                }

                var field = _form.Fields[tokens[i].Label!.Index];
                if (!seen.Add(field.Field))
                {
                    continue;
                }

                var value = tokens[i + 1];
                var source = document.Locate(value.Text);
                if (field.Amount)
                {
                    if (Printed.Parse(value.Key) is { Percent: false } amount && (i + 2 >= end || Printed.Parse(tokens[i + 2].Key) is null))
                    {
                        ProposeAmount(Fields.Named<decimal>(field.Field), amount.Value, source);
                    }

                    continue;
                }

                var printed = Clause().Match(value.Text.Printed.Trim().TrimStart(':', '：').Trim()).Groups["v"].Value;
                var text = field.Organization ? Organization(printed) : printed;
                if (text is { Length: > 1 and <= 60 })
                {
                    board.Propose(Fields.Named<string>(field.Field), text, source, strength: field.Weak ? 1 : 2);
                }
            }
        }

        private void Budget()
        {
            if (_form.Budget is not { } grid)
            {
                return;
            }

            var row = tokens.FindIndex(start, end - start, token => token.Is(LabelKind.BudgetRow) && grid.Rows[token.Label!.Index].Total);
            if (row < 0)
            {
                return;
            }

            var columns = new List<string>();
            var gap = 0;
            var first = row;
            for (var k = row - 1; k >= start && gap <= 2; k--)
            {
                if (tokens[k].Is(LabelKind.BudgetColumn))
                {
                    columns.Insert(0, tokens[k].Label!.Name);
                    first = k;
                    gap = 0;
                }
                else if (!tokens[k].IsEmpty)
                {
                    gap++;
                }
            }

            columns = columns.Where(column => column != "note").Distinct().ToList();
            if (columns.Count < 2)
            {
                return;
            }

            decimal? headerWeight = null;
            for (var k = Math.Max(start, first - 3); k < row; k++)
            {
                if (Weight().Match(tokens[k].Key) is { Success: true } match)
                {
                    headerWeight = decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                }
            }

            var cells = new List<Token>();
            for (var k = row + 1; k < end && cells.Count < 12; k++)
            {
                var token = tokens[k];
                if (token.Role == TokenRole.Label || (token.IsValue && !Printed.IsDash(token.Key) && !NumberRun().IsMatch(token.Key)))
                {
                    break;
                }

                cells.Add(token);
            }

            while (cells.Count > 0 && cells[^1].IsEmpty && cells.Count > columns.Count)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            var reading = GridRow.Assign(columns, cells, headerWeight);
            if (reading.Ways > 1)
            {
                board.Report("JX-X002", Severity.Info, "budget", $"「{tokens[row].Text.Value}」一行的数字（{string.Join(" ", cells.Where(cell => cell.IsValue).Select(cell => cell.Text.Value))}）"
                    + $"有 {reading.Ways} 种读法都与表头和算式相符，无法确定，未填写");
                return;
            }

            foreach (var (column, (number, token)) in reading.Values)
            {
                var source = document.Locate(token.Text);
                switch (column)
                {
                    case "initial" or "adjusted" or "actual":
                        ProposeAmount(Fields.Budget(column), number.Value, source, Confirmed);
                        break;
                    case "rate":
                        board.Propose(Fields.ExecutionRate, number.Value, source, Confirmed);
                        break;
                    case "weight" when _form.Kind == EvaluationKind.Project:
                        board.Propose(Fields.BudgetRateWeight, number.Value, source, Confirmed);
                        break;
                    case "score" when _form.Kind == EvaluationKind.Project:
                        board.Propose(Fields.BudgetRateScore, number.Value, source, Confirmed);
                        break;
                }
            }

            if (_form.Kind == EvaluationKind.Project && !reading.Values.ContainsKey("weight") && headerWeight is { } weight && reading.Values.Count > 0)
            {
                board.Propose(Fields.BudgetRateWeight, weight, document.Locate(tokens[row].Text));
            }
        }

        private void Indicators()
        {
            if (_form.Indicators is not { } spec)
            {
                return;
            }

            var header = tokens.FindIndex(start, end - start, token => labels.IndicatorColumn(token) is "level1" or "level3");
            if (header < 0)
            {
                return;
            }

            // The header block around 一级指标: a two-row header prints some columns before it.
            var from = header;
            while (from - 1 >= start && (labels.IndicatorColumn(tokens[from - 1]) is not null || tokens[from - 1].IsEmpty))
            {
                from--;
            }

            var printed = new List<string>();
            var interleaved = false;
            var k = from;
            for (; k < end && (labels.IndicatorColumn(tokens[k]) is not null || tokens[k].IsEmpty); k++)
            {
                if (labels.IndicatorColumn(tokens[k]) is { } column)
                {
                    printed.Add(column);
                    interleaved |= tokens[k].Interleaved;
                }
            }

            // A two-row header (年度指标值 spanning 指标性质 | 指标值 | 度量单位) prints its columns out of order, and so does a
            // header whose broken cells were joined across the cells printed between their lines: take the form's order.
            var values = printed.Where(column => column is not ("level1" or "level2" or "level3")).ToList();
            var order = spec.Columns.Select(column => column.Column).ToList();
            var twoRows = interleaved || values.Count != values.Distinct().Count()
                || (values.Contains("relation") || values.Contains("unit")) && values.Contains("target") && values.IndexOf("target") < values.IndexOf("relation");
            var columns = (twoRows ? order.Where(values.Contains) : values.Distinct()).ToList();
            var first = tokens.FindIndex(header, end - header, token => token.Is(LabelKind.Level1) || token.Is(LabelKind.Level2));
            if (first < 0 || !columns.Contains("score") && !columns.Contains("weight"))
            {
                return;
            }

            var positional = Enumerable.Range(start, end - start).Any(i => tokens[i].IsEmpty);
            var (leaves, stop) = new IndicatorTable(tokens, columns, positional, labels).Read(first, end);
            var indicators = leaves.Select(leaf => new Indicator
            {
                Path = [.. leaf.Path, IndicatorTable.Name(leaf.Name)],
                Name = IndicatorTable.Name(leaf.Name),
                Target = Said(IndicatorTable.Joined(leaf.Values, "relation", "target", "unit")),
                Actual = Said(IndicatorTable.Joined(leaf.Values, "actual")),
                Weight = Points(leaf.Values, "weight"),
                Score = Points(leaf.Values, "score"),
                Reason = Said(IndicatorTable.Joined(leaf.Values, "reason")),
            }).ToList();
            if (indicators.Count > 0)
            {
                board.TrySetList("indicators", indicators, [.. leaves.Select(leaf => document.Locate(leaf.Name.Text))]);
            }

            Total(stop, indicators);
        }

        /// <summary>「总分 | 100 | 96 | 优」: the 分值 then the 得分, or the 得分 alone; a grade word after them.</summary>
        private void Total(int from, List<Indicator> leaves)
        {
            var at = tokens.FindIndex(from, end - from, token => token.Is(LabelKind.Total));
            if (at < 0)
            {
                return;
            }

            var numbers = new List<(Printed Number, Token Token)>();
            var cut = false;
            var k = at + 1;
            for (; k < end && numbers.Count < 2; k++)
            {
                if (tokens[k].IsEmpty)
                {
                    continue;
                }

                // 「总分 | 100 | …」: the score a browser clipped; the 100 before it is the full marks, not the score.
                if (tokens[k].Key == LaidOutText.CutNumber)
                {
                    cut = true;
                    k++;
                    break;
                }

                if (Printed.Parse(tokens[k].Key) is { Percent: false, Value: <= 100 } number)
                {
                    numbers.Add((number, tokens[k]));
                    continue;
                }

                // 「总分10099.35」: the full marks and the score run together, told apart by the full marks.
                var split = Printed.Splits(tokens[k].Key, 2).Where(pair => pair[0].Value == 100 && pair[1].Value <= 100 && !pair[1].Percent).ToList();
                if (numbers.Count == 0 && split.Count == 1)
                {
                    numbers.Add((split[0][0], tokens[k]));
                    numbers.Add((split[0][1], tokens[k]));
                }

                break;
            }

            // The weights tell a lone 100 (the score) from the full marks only when every leaf printed its weight.
            var weights = leaves.All(leaf => leaf.Weight is not null) ? leaves.Sum(leaf => leaf.Weight ?? 0) : 0;
            var isTotalScore = tokens[at].Key == FormText.KeyOf("总分");
            (Printed Number, Token Token)? score = numbers.Count switch
            {
                2 => numbers[1],
                1 when isTotalScore && numbers[0].Number.Value != 100 || isTotalScore && weights > 0 && numbers[0].Number.Value != weights => numbers[0],
                _ => null,
            };
            if (score is { } total && total.Number.Value <= 100 && !cut)
            {
                board.Propose(Fields.ScoreTotal, total.Number.Value, document.Locate(total.Token.Text));
            }

            while (k < end && tokens[k].IsEmpty)
            {
                k++;
            }

            if (k < end && tokens[k].Is(LabelKind.Grade))
            {
                k++;
                while (k < end && tokens[k].IsEmpty)
                {
                    k++;
                }
            }

            if (k < end && tokens[k].IsValue && GradeWords.Of(tokens[k].Key) is { } grade)
            {
                board.Propose(Fields.ScoreGrade, grade, document.Locate(tokens[k].Text));
            }
        }

        /// <summary>A value read under its form's header, in its column: it outweighs a reading of the same cells as loose text.</summary>
        private const int Confirmed = 2;

        private void ProposeAmount(Field<decimal> field, decimal value, Source source, int strength = 1)
        {
            if (Money.ToWan(value, _unit) is { } amount)
            {
                board.Propose(field, amount, source, strength);
                board.CountUnit(_unit ?? "");
            }
        }

        /// <summary>The unit the form prints its amounts in (「项目资金(元)」「单位：万元」), or null when it prints none.</summary>
        private string? UnitOf()
        {
            for (var i = start; i < end; i++)
            {
                if (UnitMark().Match(tokens[i].Key) is { Success: true } match)
                {
                    return match.Groups["u"].Value;
                }
            }

            return null;
        }

        private static decimal? Points(Dictionary<string, Token> values, string column) =>
            values.TryGetValue(column, out var token) && Printed.Parse(token.Key) is { Percent: false } number ? number.Value : null;

        /// <summary>A value's text, or null when the cell says nothing (empty, 「—」「/」「无」).</summary>
        private static string? Said(string text) => text.Trim() is { Length: > 0 } said && !Printed.IsDash(FormText.KeyOf(said)) ? said : null;

        /// <summary>An organization's name, without what a lost separator glued after it (「……中心年度预算申请」).</summary>
        private static string? Organization(string text)
        {
            text = text.Trim(':', '：', ' ');
            if (DocumentTitle.IsUnitName(text))
            {
                return text;
            }

            for (var cut = text.Length - 1; cut >= 4; cut--)
            {
                if (DocumentTitle.IsUnitName(text[..cut]))
                {
                    return text[..cut];
                }
            }

            // A name that ends otherwise (「……中学」) is taken when it reads as one name: no digits, no list, no sentence.
            return text.Length is > 1 and <= 30 && FormText.IsHan(text[0]) && text.IndexOfAny(['、', '，', '。', '；', ',']) < 0 && !text.Any(char.IsAsciiDigit) ? text : null;
        }
    }

    /// <summary>A value as prose states it, 「（实施单位）为渭岚县……中心，」: after 为 or 是, up to the clause's end.</summary>
    [GeneratedRegex(@"^(?:[为是系][:：]?)?(?<v>[^，。；,;]*)")]
    private static partial Regex Clause();

    [GeneratedRegex(@"\((\d+(?:\.\d+)?)分")]
    private static partial Regex Weight();

    [GeneratedRegex(@"^(\d[\d.%]*)?\d%?$")]
    private static partial Regex NumberRun();

    [GeneratedRegex(@"(?:^|\(|单位:)(?<u>" + Money.Units + @")(?:\)|$)")]
    private static partial Regex UnitMark();
}
