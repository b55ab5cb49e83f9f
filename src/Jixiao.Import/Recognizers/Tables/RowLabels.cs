using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>Row labels of budget and score tables: totals, the nature of spending, funding sources.</summary>
internal static partial class RowLabels
{
    /// <summary>A label without 其中：, outline numbers and blanks: 「一、基本支出」 → 基本支出.</summary>
    public static string Clean(string label) => Noise().Replace(label, "");

    public static bool IsTotal(string label) => Total().IsMatch(Clean(label));

    /// <summary>The field of a nature's actual (budget.basic …), or null when the label names no nature.</summary>
    public static string? Nature(string label) => NatureName(label) switch
    {
        NatureLine.Basic => "budget.basic",
        NatureLine.Personnel => "budget.personnel",
        NatureLine.PublicFunds => "budget.publicFunds",
        NatureLine.Project => "budget.project",
        _ => null,
    };

    /// <summary>The nature a label names, as budget.byNature names it (人员支出 is 人员经费), or null.</summary>
    public static string? NatureName(string label) => Clean(label) switch
    {
        "基本支出" => NatureLine.Basic,
        "人员经费" or "人员支出" => NatureLine.Personnel,
        "公用经费" or "公用支出" => NatureLine.PublicFunds,
        "项目支出" => NatureLine.Project,
        _ => null,
    };

    public static string? Function(string label)
    {
        var clean = Clean(label);
        return BudgetLabels.Functions.Where(name => clean == name || clean == name + "支出").FirstOrDefault();
    }

    /// <summary>The funds a budget's total is made of: sources (一般公共预算, 财政拨款, 上年结转, 其他资金) and the like.</summary>
    public static bool IsFundLine(string label) => FundLine().IsMatch(Clean(label));

    [GeneratedRegex("^(当年)?(财政)?拨款(资金)?$|^(当年)?财政拨款|^上年结转(资金)?$|^结转(结余)?(资金)?$|^其他资金$|^一般公共预算|^政府性基金|^国有资本经营|^(单位)?自有资金$|^事业收入$")]
    private static partial Regex FundLine();

    [GeneratedRegex(@"^其中[:：]|^[一二三四五六七八九十]+[、.]|^\d+[.、]|^[（(][一二三四五六七八九十\d]+[）)]|\s|[（(](" + Money.Units + @")[）)]")]
    private static partial Regex Noise();

    [GeneratedRegex("^((年度|全年)?(预算)?资金总额|合计|总计|本年支出合计|支出合计|本年收入合计|收支总计|总分|总得分|得分合计|部门预算(合计|总额)?|总额)$")]
    private static partial Regex Total();
}
