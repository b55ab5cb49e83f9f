using System.Globalization;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>The values a label cell names: text fields, amounts and rates, a key project's cell.</summary>
internal sealed partial class TableKeyValues
{
    /// <summary>
    /// A key project's cell: its name leads (alone in the first paragraph, or before a colon), the budget, spending
    /// and score follow when printed. What comes before a colon is no name when it holds a sentence's punctuation: the
    /// name's paragraph was run on into the next ones (a converter that drops the breaks between them), and where the
    /// name ends is not known.
    /// </summary>
    private static (KeyProject Project, Text.SourceString Name)? ProjectCell(Cell cell)
    {
        var first = cell.Paragraphs[0];
        var colon = first.Value.IndexOfAny(['：', ':']);
        var (name, rest) = first.Length <= 50 && first.Value.IndexOfAny(SentenceMarks) < 0 ? (first, cell.Paragraphs.Skip(1))
            : colon is > 1 and <= 50 && first.Value.IndexOfAny(SentenceMarks, 0, colon) < 0 ? (first.Slice(0, colon), [first.Slice(colon + 1), .. cell.Paragraphs.Skip(1)])
            : ((Text.SourceString?)null, Enumerable.Empty<Text.SourceString>());
        if (name is null)
        {
            return null;
        }

        var figures = ProseKeyProjects.Read(Sentences(rest.ToList()), aboutTheProject: true);
        return ((figures ?? new KeyProject()) with { Name = name.Printed }, name);
    }

    private static readonly char[] SentenceMarks = ['。', '；', '，'];

    /// <summary>
    /// A cell's paragraphs as sentences, except where a number ends one and its unit begins the next (a cell whose
    /// text was wrapped with hard breaks, 「执行 3,586.12」「万元，……」): those are one sentence, as in a paragraph.
    /// </summary>
    private static string Sentences(List<Text.SourceString> paragraphs) => string.Concat(paragraphs.Select((paragraph, i) =>
        i + 1 < paragraphs.Count && Segmenter.UnitCarriedOver(paragraph, paragraphs[i + 1]) ? paragraph.Value : paragraph.Value + "。"));

    /// <summary>
    /// A label and the one number printed after it, where a form was flattened to one cell a line (「年初预算收入」
    /// 「4206.30」): read as the same two cells in a table's row are.
    /// </summary>
    public static void LabelledNumber(FieldBoard board, string labelCell, (decimal Value, string Unit) number, string unit, Source source)
    {
        var label = Label().Replace(labelCell, "");
        if (label.Length is 0 or > 30)
        {
            return;
        }

        if (ScoreTotal().IsMatch(label))
        {
            if (number.Unit is "" or "分")
            {
                board.Propose(Fields.ScoreTotal, number.Value, source);
            }

            return;
        }

        Amount(board, label, number, unit, source);
    }

    private static void Amount(FieldBoard board, string label, (decimal Value, string Unit) number, string unit, Source source)
    {
        if (number.Unit == "%" || BudgetLabels.Amount(label) is null)
        {
            if (number.Unit == "%" && BudgetLabels.Rate(label) is { } rate && rate != "share")
            {
                board.Propose(Fields.Named<decimal>(rate), number.Value, source);
            }

            return;
        }

        if (BudgetLabels.Amount(label) is { Function: null } amount && FullLabel().IsMatch(label))
        {
            var printed = number.Unit.Length > 0 ? number.Unit : unit;
            if (Money.ToWan(number.Value, printed) is { } wan)
            {
                board.Propose(Fields.Named<decimal>(amount.Field), wan, source);
                board.CountUnit(printed);
            }
        }
    }

    /// <summary>A text field's value: read in any script, kept as printed when it is a name.</summary>
    public static void ProposeText(FieldBoard board, string field, Text.SourceString text, Source source)
    {
        var value = text.Value;
        if (ColumnNames.Of(value) != Column.None || TextField(value) is not null)
        {
            // 「项目名称 | 全年预算数 | ……」 is a header row: the cell beside a label is another label.
            return;
        }

        switch (field)
        {
            case "year" when Year().Match(value) is { Success: true } year:
                board.Propose(Fields.Year, int.Parse(year.Value, CultureInfo.InvariantCulture), source, strength: 3);
                break;
            case "date" when ChineseDates.Parse(value) is { } date:
                board.Propose(Fields.Date, date, source, strength: 3);
                break;
            case "score.grade" when GradeWords.Of(value.Trim('“', '”', '"')) is { } grade:
                board.Propose(Fields.ScoreGrade, grade, source, strength: 2);
                break;
            // A year is no name: the cell beside the label when a wrapped row put the next cell's year on the label's line.
            case "department" or "project.name" or "project.supervisor" when value.Length <= 60 && !YearOnly().IsMatch(value):
            case "project.code" when value.Length <= 60:
                board.Propose(Fields.Named<string>(field), text.Printed, source, strength: 3);
                break;
        }
    }

    /// <summary>The text field a label cell names (部门名称 → department), or null.</summary>
    public static string? TextField(string label) => label switch
    {
        "部门名称" or "单位名称" or "部门(单位)名称" or "部门（单位）名称" or "预算单位" or "实施单位" or "预算部门" => "department",
        "项目名称" => "project.name",
        "主管部门" => "project.supervisor",
        "项目编码" or "项目代码" => "project.code",
        "被评价年度" or "评价年度" or "所属年度" or "预算年度" or "年度" or "评价年份" => "year",
        "评价等级" or "自评等级" or "绩效等级" or "等级" or "自评结果" => "score.grade",
        "填报日期" or "报告日期" or "评价日期" => "date",
        _ => null,
    };
}
