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
        // A site's breadcrumbs or metadata printed as a list (「- 发布机构：……」) come before the title, not instead of it.
        var lead = blocks.Where(block => block.Marker is not { Style: MarkerStyle.Bullet })
            .TakeWhile(block => block.Kind != BlockKind.Table && block.Marker is null).Take(8).ToList();
        SelfNaming(document, board, lead);
        var title = lead.FindIndex(block => Report().IsMatch(block.Text.Value));
        for (var i = 0; i < lead.Count; i++)
        {
            var text = lead[i].Text;
            if (!Report().IsMatch(text.Value) && i + 1 < lead.Count && Report().IsMatch(lead[i + 1].Text.Value) && lead[i + 1].Text.Length < 30
                && !IsUnitName(UnitIn(lead[i + 1].Text.Value)) && LeadingUnit(UnitIn(lead[i + 1].Text.Value)) is null)
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
            if (ProjectTable().IsMatch(value) || IsProjectReport(value))
            {
                board.Propose(Fields.Kind, EvaluationKind.Project, source);
            }

            if (Report().IsMatch(value) && (Year().Match(value) is { Success: true } year ? int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture)
                : ChineseYear().Match(value) is { Success: true } chinese ? ChineseDates.Year(chinese.Groups[1].Value) : null) is { } titleYear)
            {
                board.Propose(Fields.Year, titleYear, source, strength: 3);
            }

            var name = UnitIn(value);
            // A unit's name on a line of its own counts only above the title (「高新区工委政法委」 then 「2023 年度……报告」).
            if (IsUnitName(name) && (name != value || i < title))
            {
                board.Propose(Fields.Department, text.PrintedOf(name), source, strength: 2);
            }
            else if (Report().IsMatch(value) && LeadingUnit(name) is { } unit)
            {
                board.Propose(Fields.Department, unit, source);
            }
        }

        Signature(document, board);
        DateLabels(document, board);
        if (FrequentYear(document) is { } frequent)
        {
            board.Propose(Fields.Year, frequent.Year, frequent.Source, strength: 1);
        }
    }

    /// <summary>What a title line says besides the year and the kind of report: the unit's name, when it has one.</summary>
    private static string UnitIn(string title)
    {
        var name = Report().Replace(ChineseYear().Replace(Year().Replace(title, ""), ""), "").Trim(' ', '：', ':', '（', '）', '(', ')', '《', '》');
        return name.StartsWith("关于", StringComparison.Ordinal) ? name[2..] : name;
    }

    /// <summary>
    /// The line where another unit's report starts, when a page runs on past this report's end (「沂岚县统计局2023年度部门
    /// 整体支出绩效自评报告」 after the 司法局's signature): a title line naming a unit other than the first title's.
    /// </summary>
    public static int? AnotherReport(List<Text.SourceString> lines)
    {
        string? first = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Value.Trim();
            if (line.Length is < 8 or > 60 || !TitleLine().IsMatch(line) || UnitIn(line) is not { } unit || !IsUnitName(unit))
            {
                continue;
            }

            if (first is null)
            {
                first = unit;
            }
            else if (unit != first && !unit.Contains(first, StringComparison.Ordinal) && !first.Contains(unit, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A report on a project or a fund (「……项目支出绩效自评报告」「……补助资金绩效自评报告」), not on a department's whole spending.</summary>
    private static bool IsProjectReport(string title) => ProjectReport().IsMatch(title) && !title.Contains("整体", StringComparison.Ordinal);

    /// <summary>
    /// The unit a project report's title opens with, before the project or fund it evaluates: 「红河州数据发展中心」 of
    /// 「红河州数据发展中心项目支出绩效单位自评报告」, 「西平县交通运输局」 of 「西平县交通运输局财政衔接……资金项目绩效自评总结报告」.
    /// </summary>
    private static string? LeadingUnit(string name)
    {
        for (var end = Math.Min(name.Length, 30); end >= 4; end--)
        {
            if (IsUnitName(name[..end]) && EvaluatedThing().IsMatch(name[end..]))
            {
                return name[..end];
            }
        }

        return null;
    }

    /// <summary>
    /// A report that names itself in its opening sentence (「现将2022年西平县交通运输局……项目绩效自评总结报告如下」)
    /// when no title line does: its kind, year and unit, as a title would give them.
    /// </summary>
    private static void SelfNaming(Document document, FieldBoard board, List<Block> lead)
    {
        if (lead.Any(block => block.Text.Length <= 80 && Report().IsMatch(block.Text.Value)))
        {
            return;
        }

        foreach (var block in document.Blocks.Take(3).Where(block => block.Kind != BlockKind.Table))
        {
            if (SelfNamed().Match(block.Text.Value) is not { Success: true } match)
            {
                continue;
            }

            var named = match.Groups["t"].Value;
            var source = block.Text.Locate(document.Source, match.Groups["t"].Index, match.Groups["t"].Length);
            if (IsProjectReport(named))
            {
                board.Propose(Fields.Kind, EvaluationKind.Project, source);
            }

            if (Year().Match(named) is { Success: true } year)
            {
                board.Propose(Fields.Year, int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), source, strength: 2);
            }

            if (LeadingUnit(UnitIn(named)) is { } unit)
            {
                board.Propose(Fields.Department, unit, source);
            }

            return;
        }
    }

    /// <summary>An organization's name: short, no punctuation, ending as organizations do (a bare 委员会 is no name).</summary>
    public static bool IsUnitName(string name) =>
        name.Length is >= 4 and <= 40 && name.IndexOfAny(['，', '。', '；', ',', ' ', '：']) < 0 && UnitSuffix().IsMatch(name) && !SiteName().IsMatch(name);

    /// <summary>
    /// The last lines: 「高新区工委政法委」「2024年6月9日」, or both on one line (「高新区工委政法委 2024年6月9日」), as
    /// converters print two lines that were one paragraph of the source.
    /// </summary>
    private static void Signature(Document document, FieldBoard board)
    {
        var tail = document.Blocks.TakeLast(3).Where(block => block.Kind != BlockKind.Table && block.Text.Length <= 40).ToList();
        for (var i = 0; i < tail.Count; i++)
        {
            var text = tail[i].Text;
            if (ChineseDates.Parse(text.Value) is { } date)
            {
                board.Propose(Fields.Date, date, document.Locate(text), strength: 2);
                if (i > 0 && IsUnitName(tail[i - 1].Text.Value))
                {
                    board.Propose(Fields.Department, tail[i - 1].Text.Printed, document.Locate(tail[i - 1].Text), strength: 1);
                }
            }
            else if (SignedLine().Match(text.Value) is { Success: true } signed && IsUnitName(signed.Groups["u"].Value)
                && ChineseDates.Parse(signed.Groups["d"].Value) is { } signedDate)
            {
                var unit = signed.Groups["u"];
                var day = signed.Groups["d"];
                board.Propose(Fields.Date, signedDate, text.Locate(document.Source, day.Index, day.Length), strength: 2);
                board.Propose(Fields.Department, text.Slice(unit.Index, unit.Length).Printed, text.Locate(document.Source, unit.Index, unit.Length), strength: 1);
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
                    board.Propose(Fields.Date, date, line.Locate(document.Source, match.Index, match.Length), strength: 2);
                }
            }
        }
    }

    private static (int Year, Source Source)? FrequentYear(Document document)
    {
        var counts = new Dictionary<int, (int Count, Source Source)>();
        foreach (var block in document.Blocks.Where(block => block.Kind != BlockKind.Table))
        {
            foreach (Match match in YearOfAccounts().Matches(block.Text.Value))
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

    /// <summary>A signature on one line: 「溪屏市卫生健康委员会 2025年3月28日」.</summary>
    public static bool IsSignedLine(string text) =>
        SignedLine().Match(text) is { Success: true } signed && IsUnitName(signed.Groups["u"].Value) && ChineseDates.Parse(signed.Groups["d"].Value) is not null;

    /// <summary>A unit's name and a date on one line, apart by a space: 「溪屏市卫生健康委员会 2025年3月28日」.</summary>
    [GeneratedRegex(@"^(?<u>\S+)\s+(?<d>\S.*)$")]
    private static partial Regex SignedLine();

    [GeneratedRegex(@"(填报|填表|报告|评价|编制|报送)日期\s*[:：]\s*(?<d>\S+?日)")]
    private static partial Regex DateLabel();

    /// <summary>
    /// A year the report's accounts are of: 「2023年度」, or a year's final accounts (「2021年部门决算收支完成情况」), which
    /// are only ever drawn up for the year evaluated; 「2024年预算」 may be next year's plans and is not counted, nor the
    /// end of a span of years (「被评为2017-2020年度平安建设示范区」: an honour of a period, not the year of the accounts).
    /// </summary>
    [GeneratedRegex(@"(?<!\d\s*年?\s*[-－—–~～至到]\s*)(?<!\d)((?:19|20)\d{2})\s*年(?:度|(?=(?:部门|单位)?决算))")]
    private static partial Regex YearOfAccounts();

    /// <summary>A fiscal year as printed: 「2023年度」, 「2023 年度」.</summary>
    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度")]
    internal static partial Regex FiscalYear();

    [GeneratedRegex("(部门|单位)?(整体)?(项目)?(支出)?(绩效)?(自评|自我评价|评价)(情况|工作)?(的)?(报告|表)(说明)?.*$|绩效报告.*$")]
    private static partial Regex Report();

    [GeneratedRegex("(项目|资金|专项|经费)[^，。,；]{0,16}?绩效[^，。,；]{0,8}?(自评|自我评价|评价)[^，。,；]{0,6}?(报告|表)")]
    private static partial Regex ProjectReport();

    [GeneratedRegex("现将(?<t>[^，。,；]{6,80}?(报告|情况))(报告)?如下")]
    private static partial Regex SelfNamed();

    [GeneratedRegex("(整体支出|项目支出|项目|资金)?绩效(自评|评价|自我评价)(总结)?报告$")]
    private static partial Regex TitleLine();

    [GeneratedRegex("^.{0,24}?(项目|资金|专项|经费)")]
    private static partial Regex EvaluatedThing();

    /// <summary>A website's name printed above its pages (「邛岚县人民政府门户网站」), which ends like a unit's but is none.</summary>
    [GeneratedRegex("(网站|网|门户|平台)$")]
    private static partial Regex SiteName();

    [GeneratedRegex("项目(支出)?绩效(自评|评价)表")]
    private static partial Regex ProjectTable();

    [GeneratedRegex("(委员会|委|局|厅|办|办公室|中心|院|部|政府|所|站|处|会|馆|队|校|署|社|台|园|集团|公司|医院|法院|检察院|管委会|街道|镇|乡)$")]
    private static partial Regex UnitSuffix();
}
