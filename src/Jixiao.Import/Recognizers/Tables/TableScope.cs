using System.Text.RegularExpressions;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// Whether a table speaks of the department's year: the line that introduces it may say it is a sub-unit's
/// (「下属福利院2023年度预算执行情况如下：」) or another year's (「2022年度部门预算及执行情况如下：」), and then
/// its figures are not the department's.
/// </summary>
internal static partial class TableScope
{
    public static bool IsAnother(Document document, int index)
    {
        var lead = document.Blocks.Take(index).LastOrDefault(block => block.Kind != BlockKind.Table);
        if (lead is null || lead.Text.Length > 80 || document.Blocks.IndexOf(lead) < index - 1)
        {
            return false;
        }

        var text = lead.Text.Value;
        if (Another().IsMatch(text))
        {
            return true;
        }

        var title = document.Blocks.Take(3).Select(block => Years.First(block.Text.Value)).FirstOrDefault(year => year is not null);
        return title is not null && Years.OtherThan(text, title);
    }

    [GeneratedRegex("下属|所属|二级单位|上年|去年|上一年|对比|比较|历年|近三年|近年")]
    private static partial Regex Another();
}
