using System.Text.RegularExpressions;
using Jixiao.Import.Extraction;
using Jixiao.Import.Text;

namespace Jixiao.Import.Forms;

/// <summary>
/// The labels of one form, by key, and the stream of cells cut at them: a cell that is a label becomes a label token;
/// a label glued to its value (「年度资金总额43.2」「指标1工程完工率」) is cut off; in a line that lost every separator
/// (three labels or more in one cell, or two in a long one) the cell is cut at every label; labels a wrap broke over cells are joined again.
/// </summary>
internal sealed partial class FormLabels
{
    private readonly Dictionary<string, FormLabel> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _indicatorColumns = new(StringComparer.Ordinal);
    private readonly List<string> _titles;
    private readonly HashSet<string> _level2;
    private readonly int _longest;

    /// <summary>The characters labels start with, and the lengths they have: most places of a cell start none.</summary>
    private readonly HashSet<char> _firsts;
    private readonly bool[] _lengths;
    private readonly Dictionary<string, FormLabel>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public FormLabels(FormSpec form)
    {
        Form = form;
        _titles = [.. form.Titles.Select(FormText.KeyOf)];
        _level2 = [.. (form.Indicators?.Level2 ?? []).Select(FormText.KeyOf)];
        TitlePatterns = [.. form.TitlePatterns.Select(pattern => new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];
        Add(LabelKind.Title, form.Titles);
        for (var f = 0; f < form.Fields.Count; f++)
        {
            var field = form.Fields[f];
            // A form file names its fields by path: one the model has not, or of another type, fails when the forms load.
            _ = field.Amount ? Fields.Named<decimal>(field.Field).Path : Fields.Named<string>(field.Field).Path;
            Add(LabelKind.Field, field.Labels, field.Field, f);
        }

        if (form.Budget is { } budget)
        {
            Add(LabelKind.BudgetTitle, budget.Titles);
            foreach (var column in budget.Columns)
            {
                Add(LabelKind.BudgetColumn, column.Labels, column.Column);
            }

            for (var i = 0; i < budget.Rows.Count; i++)
            {
                Add(LabelKind.BudgetRow, budget.Rows[i].Labels, "row", i);
            }
        }

        Add(LabelKind.Goals, form.Goals?.Labels ?? []);
        if (form.Indicators is { } indicators)
        {
            Add(LabelKind.IndicatorTitle, indicators.Titles);
            foreach (var column in indicators.Columns)
            {
                Add(LabelKind.IndicatorColumn, column.Labels, column.Column);
                column.Labels.Select(FormText.KeyOf).ToList().ForEach(key => _indicatorColumns.TryAdd(key, column.Column));
            }

            Add(LabelKind.Level1, indicators.Level1);
            Add(LabelKind.Level2, indicators.Level2);
            Add(LabelKind.Placeholder, indicators.Placeholders);
            Add(LabelKind.Total, indicators.Total);
            Add(LabelKind.Grade, indicators.Grade);
        }

        Add(LabelKind.Stop, form.Stops);
        _longest = _labels.Keys.Max(key => key.Length);
        _firsts = [.. _labels.Keys.Where(key => key.Length > 0).Select(key => key[0])];
        _lengths = new bool[_longest + 1];
        foreach (var key in _labels.Keys)
        {
            _lengths[key.Length] = true;
        }

        _bySpan = _labels.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FormSpec Form { get; }

    public IReadOnlyList<Regex> TitlePatterns { get; }

    /// <summary>The indicator column a label token names, also where the budget grid shares the word (分值, 得分).</summary>
    public string? IndicatorColumn(Token token) =>
        token.Role == TokenRole.Label && _indicatorColumns.TryGetValue(token.Key, out var column) ? column : null;

    /// <summary>Whether a level's words are also a 二级指标 of the form (成本指标).</summary>
    public bool IsLevel2(Token token) => _level2.Contains(Annotation().Replace(token.Key, ""));

    /// <summary>Whether a cell's text holds one of the form's titles (「2022年度项目支出绩效自评表」).</summary>
    public bool HoldsTitle(Token token) => _titles.Any(title => token.Key.Contains(title, StringComparison.Ordinal));

    /// <summary>The label a whole key is, allowing a weight annotation (「产出指标(50分)」) and a trailing 等.</summary>
    public FormLabel? Find(string key)
    {
        if (_labels.TryGetValue(key, out var label))
        {
            return label;
        }

        var bare = Annotation().Replace(key, "").TrimEnd(':');
        return bare.Length > 0 && bare != key && _labels.TryGetValue(bare, out label) ? label
            : bare.EndsWith('等') && _labels.TryGetValue(bare[..^1], out label) ? label
            : _labels.TryGetValue(bare + "指标", out label) && label.Kind is LabelKind.Level1 or LabelKind.Level2 ? label
            : null;
    }

    /// <summary>The stream with labels found: joined where a wrap broke them, cut out where glued to a value.</summary>
    public List<Token> Apply(List<Token> cells)
    {
        var joined = Join(cells);
        var result = new List<Token>(joined.Count);
        foreach (var token in joined)
        {
            if (!token.IsValue)
            {
                result.Add(token);
                continue;
            }

            if (result.Count > 0 && result[^1].Is(LabelKind.Field) && NextFieldGlued(token, result[^1].Label!, result))
            {
                continue;
            }

            Cut(token, result);
        }

        return result;
    }

    private List<Token> Join(List<Token> cells)
    {
        var result = new List<Token>(cells.Count);
        var taken = new HashSet<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var token = cells[i];
            if (taken.Contains(i))
            {
                continue; // the rest of a label joined to its first line above
            }

            if (token.IsValue && token.Key.Length <= 8)
            {
                var key = token.Key;
                var alone = Find(key) is not null;
                for (var j = i + 1; j < cells.Count && j <= i + 3 && cells[j].IsValue && cells[j].Key.Length <= 8 && !taken.Contains(j); j++)
                {
                    key += cells[j].Key;
                    if ((alone ? _labels.GetValueOrDefault(key) : Find(key)) is { } label)
                    {
                        var parts = cells.GetRange(i, j - i + 1).Select(cell => cell.Text).ToList();
                        result.Add(new Token(SourceString.Concat(parts), key, TokenRole.Label, label));
                        i = j;
                        goto next;
                    }
                }
            }

            if (Interleaved(cells, i, taken) is { } piece)
            {
                var key = token.Key + cells[piece].Key;
                result.Add(new Token(SourceString.Concat([token.Text, cells[piece].Text]), key, TokenRole.Label, Find(key)) { Interleaved = true });
                taken.Add(piece);
                continue;
            }

            result.Add(token);
        next:;
        }

        return result;
    }

    /// <summary>
    /// Where the rest of a label broken over two lines sits when the cells beside it fit on one: a browser prints a row's
    /// cells side by side, so the first lines of the broken cells, then the cells that fit, then the broken cells' last
    /// lines (「一级指 | 年度 | 二级指标 | 标 | 指标值」). The rest is the first later piece, a few cells on and past other
    /// cells of words, that makes a label; the lines of one row hold no numbers.
    /// </summary>
    private int? Interleaved(List<Token> cells, int at, HashSet<int> taken)
    {
        var head = cells[at];
        if (!head.IsValue || head.Key.Length is 0 or > 8 || Digit().IsMatch(head.Key) || Find(head.Key) is not null)
        {
            return null;
        }

        var between = 0;
        for (var j = at + 1; j < cells.Count && j <= at + InterleavedReach; j++)
        {
            var cell = cells[j];
            if (cell.IsValue && Digit().IsMatch(cell.Key))
            {
                return null;
            }

            if (cell.IsValue && !taken.Contains(j) && between > 0 && cell.Key.Length <= 8 && _labels.TryGetValue(head.Key + cell.Key, out var label)
                && label.Kind is not (LabelKind.Title or LabelKind.Placeholder or LabelKind.Stop))
            {
                return j;
            }

            between += cell.IsValue ? 1 : 0;
        }

        return null;
    }

    /// <summary>How many cells on the rest of a broken label may stand: a row of a form's widest table, printed over three lines.</summary>
    private const int InterleavedReach = 16;

    private void Cut(Token token, List<Token> result)
    {
        var text = FormText.Of(token.Text.Value);
        var lead = text.Key.Length - text.Key.TrimStart(':', '、').Length; // 「：基本支出：823.00」 after a cut
        if (Find(text.Key[lead..]) is { } whole)
        {
            result.Add(token with { Key = text.Key[lead..], Role = TokenRole.Label, Label = whole });
            return;
        }

        var hits = Hits(text.Key);
        if (hits.Count >= 3 || (hits.Count == 2 && text.Key.Length >= 16))
        {
            var at = 0;
            foreach (var (start, length, label) in hits)
            {
                Piece(token, text, at, start, result);
                result.Add(new Token(Slice(token, text, start, start + length), text.Key.Substring(start, length), TokenRole.Label, label));
                at = start + length;
            }

            Piece(token, text, at, text.Key.Length, result);
            return;
        }

        // A label glued in front of its value: 「年度资金总额43.2」, 「其中:基本支出:900.47」; or behind the unit that ends the
        // label before it, where a wrap took the blank away: 「(万元)年初预算数」.
        var glued = hits.Count > 0 && hits[0].Start == lead && lead + hits[0].Length < text.Key.Length;
        if (glued || (hits.Count > 0 && hits[0].Start > lead && Bracketed().IsMatch(text.Key[lead..hits[0].Start])))
        {
            var (start, length, label) = hits[0];
            Piece(token, text, lead, start, result);
            result.Add(new Token(Slice(token, text, start, start + length), text.Key.Substring(start, length), TokenRole.Label, label));
            var rest = Slice(token, text, start + length, text.Key.Length);
            var trimmed = new Token(rest, FormText.KeyOf(rest.Value).TrimStart(':'), TokenRole.Value);
            if (trimmed.Key.Length > 0)
            {
                Cut(trimmed, result);
            }

            return;
        }

        result.Add(token);
    }

    /// <summary>
    /// A field's value run into the next field's label (「项目名称 | ……工程主管部门 | ……局」): a browser breaks a row printed as a
    /// paragraph of words at the blank between them, and joining the wrapped line takes the blank away. The value ends before the label.
    /// </summary>
    private bool NextFieldGlued(Token token, FormLabel field, List<Token> result)
    {
        var text = FormText.Of(token.Text.Value);
        var hits = Hits(text.Key);
        if (hits.Count == 0 || hits[^1] is not { Label.Kind: LabelKind.Field } last || last.Start + last.Length != text.Key.Length
            || last.Start < 2 || last.Label.Name == field.Name)
        {
            return false;
        }

        Piece(token, text, 0, last.Start, result);
        result.Add(new Token(Slice(token, text, last.Start, text.Key.Length), text.Key[last.Start..], TokenRole.Label, last.Label));
        return true;
    }

    /// <summary>The labels in a key, leftmost first, the longest at each place.</summary>
    private List<(int Start, int Length, FormLabel Label)> Hits(string key)
    {
        var hits = new List<(int, int, FormLabel)>();
        for (var start = 0; start < key.Length; start++)
        {
            if (!_firsts.Contains(key[start]))
            {
                continue;
            }

            for (var length = Math.Min(_longest, key.Length - start); length >= 2; length--)
            {
                if (_lengths[length] && _bySpan.TryGetValue(key.AsSpan(start, length), out var label) && label.Kind != LabelKind.Placeholder)
                {
                    hits.Add((start, length, label));
                    start += length - 1;
                    break;
                }
            }
        }

        return hits;
    }

    private static void Piece(Token token, FormText text, int start, int end, List<Token> result)
    {
        var key = text.Key[start..end].Trim(':', ',', ';', '、');
        if (key.Length > 0)
        {
            result.Add(new Token(Slice(token, text, start, end), key, TokenRole.Value));
        }
    }

    /// <summary>The printed text behind key characters [start, end).</summary>
    private static SourceString Slice(Token token, FormText text, int start, int end)
    {
        var from = start < text.Map.Length ? text.Map[start] : token.Text.Length;
        var to = end < text.Map.Length ? text.Map[end] : token.Text.Length;
        return token.Text.Slice(from, to - from).Trim();
    }

    private void Add(LabelKind kind, IEnumerable<string> labels, string name = "", int index = -1)
    {
        foreach (var printed in labels)
        {
            var key = FormText.KeyOf(printed);
            _labels.TryAdd(key, new FormLabel(kind, key, name, index));
        }
    }

    [GeneratedRegex(@"\(\d+(\.\d+)?分\)")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"^\([^()]{1,6}\)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
