using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// The unit, the year and the kind from the title (「2023年度中国共产党广州市委员会政法委员会部门整体支出绩效自评报告」,
/// possibly broken over two lines), the report date and signing unit from the end, and the evaluated year
/// from the 「YYYY 年度」 the text names most when the title has none.
/// </summary>
internal sealed partial class DocumentTitle : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        var blocks = document.Blocks;
        var lead = blocks.TakeWhile(block => block.Kind != BlockKind.Table && block.Marker is null).Take(6).ToList();
        var title = lead.FindIndex(block => Report().IsMatch(block.Text.Value));
        for (var i = 0; i < lead.Count; i++)
        {
            var text = lead[i].Text;
            if (!Report().IsMatch(text.Value) && i + 1 < lead.Count && Report().IsMatch(lead[i + 1].Text.Value) && lead[i + 1].Text.Length < 30
                && !IsUnitName(UnitIn(lead[i + 1].Text.Value)))
            {
                text = Text.SourceString.Concat([text, lead[i + 1].Text]);
                i++;
            }

            if (text.Length > 80)
            {
                continue;
            }

            var value = text.Value;
            var source = document.Locate(text);
            if (ProjectTable().IsMatch(value))
            {
                board.Propose("kind", EvaluationKind.Project, source);
            }

            if (Report().IsMatch(value) && (Year().Match(value) is { Success: true } year ? int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture)
                : ChineseYear().Match(value) is { Success: true } chinese ? ChineseDates.Year(chinese.Groups[1].Value) : null) is { } titleYear)
            {
                board.Propose("year", titleYear, source, strength: 3);
            }

            var name = UnitIn(value);
            // A unit's name on a line of its own counts only above the title (「高新区工委政法委」 then 「2023 年度……报告」).
            if (IsUnitName(name) && (name != value || i < title))
            {
                board.Propose("department", text.PrintedOf(name), source, strength: 2);
            }
        }

        Signature(document, board);
        DateLabels(document, board);
        if (FrequentYear(document) is { } frequent)
        {
            board.Propose("year", frequent.Year, frequent.Source, strength: 1);
        }
    }

    /// <summary>What a title line says besides the year and the kind of report: the unit's name, when it has one.</summary>
    private static string UnitIn(string title)
    {
        var name = Report().Replace(ChineseYear().Replace(Year().Replace(title, ""), ""), "").Trim(' ', '：', ':', '（', '）', '(', ')', '《', '》');
        return name.StartsWith("关于", StringComparison.Ordinal) ? name[2..] : name;
    }

    /// <summary>An organization's name: short, no punctuation, ending as organizations do (a bare 委员会 is no name).</summary>
    public static bool IsUnitName(string name) =>
        name.Length is >= 4 and <= 40 && name.IndexOfAny(['，', '。', '；', ',', ' ', '：']) < 0 && UnitSuffix().IsMatch(name);

    /// <summary>The last lines: 「高新区工委政法委」「2024年6月9日」.</summary>
    private static void Signature(Document document, FieldBoard board)
    {
        var tail = document.Blocks.TakeLast(3).Where(block => block.Kind != BlockKind.Table && block.Text.Length <= 40).ToList();
        for (var i = 0; i < tail.Count; i++)
        {
            var text = tail[i].Text;
            var source = document.Locate(text);
            if (ChineseDates.Parse(text.Value) is { } date)
            {
                board.Propose("date", date, source, strength: 2);
                if (i > 0 && IsUnitName(tail[i - 1].Text.Value))
                {
                    board.Propose("department", tail[i - 1].Text.Printed, document.Locate(tail[i - 1].Text), strength: 1);
                }
            }
        }
    }

    /// <summary>「填报日期：2021年4月2日」 anywhere in the text.</summary>
    private static void DateLabels(Document document, FieldBoard board)
    {
        foreach (var line in document.Lines)
        {
            foreach (Match match in DateLabel().Matches(line.Value))
            {
                if (ChineseDates.Parse(match.Groups["d"].Value) is { } date)
                {
                    board.Propose("date", date, line.Locate(document.Source, match.Index, match.Length), strength: 2);
                }
            }
        }
    }

    private static (int Year, Source Source)? FrequentYear(Document document)
    {
        var counts = new Dictionary<int, (int Count, Source Source)>();
        foreach (var block in document.Blocks.Where(block => block.Kind != BlockKind.Table))
        {
            foreach (Match match in FiscalYear().Matches(block.Text.Value))
            {
                var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                counts[year] = counts.TryGetValue(year, out var known) ? (known.Count + 1, known.Source) : (1, block.Text.Locate(document.Source, match.Index, match.Length));
            }
        }

        var ranked = counts.OrderByDescending(pair => pair.Value.Count).ToList();
        return ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Value.Count == ranked[0].Value.Count) ? null : (ranked[0].Key, ranked[0].Value.Source);
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})\s*年度?")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![〇零一二三四五六七八九])([〇零○一二三四五六七八九]{4})\s*年度?")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"(填报|填表|报告|评价|编制|报送)日期\s*[:：]\s*(?<d>\S+?日)")]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度")]
    private static partial Regex FiscalYear();

    [GeneratedRegex("(部门|单位)?(整体)?(项目)?(支出)?(绩效)?(自评|自我评价|评价)(情况|工作)?(的)?(报告|表)(说明)?.*$|绩效报告.*$")]
    private static partial Regex Report();

    [GeneratedRegex("项目(支出)?绩效(自评|评价)表")]
    private static partial Regex ProjectTable();

    [GeneratedRegex("(委员会|委|局|厅|办|办公室|中心|院|部|政府|所|站|处|会|馆|队|校|署|社|台|园|集团|公司|医院|法院|检察院|管委会|街道|镇|乡)$")]
    private static partial Regex UnitSuffix();
}
