using System.Text.RegularExpressions;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>Header cells and the columns they name; a unit in the header (「年初预算数（万元）」) is the column's unit.</summary>
internal static partial class ColumnNames
{
    private static readonly (Column Column, Regex Pattern)[] Names =
    [
        (Column.Rate, Whole("得分率|评分率")),
        (Column.Share, Whole("占比|比重|占(总)?支出(的)?(比重|比例)|结构占比")),
        (Column.ExecutionRate, Whole("(预算)?执行率|(预算)?完成率|支出率")),
        (Column.Initial, Whole("年初(部门)?预算(数|金额|收入)?|年初数|年初批复(数)?")),
        (Column.Adjusted, Whole("全年预算(数|金额)?|调整后(的)?(全年)?预算(数|金额)?|调整预算(数)?|预算数")),
        (Column.Actual, Whole("(全年)?执行数|决算(数|支出)?|实际支出(数|金额)?|支出(数|金额)|实际执行(数)?|本年支出")),
        (Column.Weight, Whole("分值|权重|标准分(值)?|满分")),
        (Column.Score, Whole("(自评)?得分|(自评)?评分|自评分(值)?")),
        (Column.Level1, Whole("一级指标")),
        (Column.Level2, Whole("二级指标")),
        (Column.Level3, Whole("三级指标|指标名称|具体指标|绩效指标名称|指标内容")),
        (Column.Target, Whole("(年度|全年)?(指标|目标)值|预期(实现)?值|计划(完成)?值|年度目标|(年度)?指标目标值|预期指标值")),
        (Column.Achieved, Whole("(全年)?实际完成(值|数|情况)|实际(值|完成)|完成值|实现值|(全年)?实际(实现|达到)值|完成情况")),
        (Column.Reason, Whole("(偏差|扣分)原因.*|原因分析.*|(未完成|存在问题)原因.*")),
        (Column.TaskName, Whole("(年度)?(主要|重点)(工作)?任务|任务(名称)?|年度重点工作任务")),
        (Column.TaskContent, Whole("(主要)?(实施|工作)?内容|主要实施内容")),
        (Column.TaskTarget, Whole("(任务)?(绩效)?预期目标|任务绩效目标|(年度)?绩效目标")),
        (Column.TaskCompletion, Whole("目标完成情况|(任务)?完成情况|实际完成情况")),
        (Column.KeyIndicator, Whole("关键指标(名称)?")),
        (Column.KeyActual, Whole("(关键)?指标完成情况|指标完成值")),
        (Column.Funds, Whole("(任务)?涉及资金|资金(数|金额)?|任务资金")),
        (Column.Label, Whole("(支出)?功能分类|科目(名称)?|(按)?支出(性质|功能)(分类)?|项目|类别|资金来源|支出类别")),
    ];

    public static Column Of(string header)
    {
        var name = Unit().Replace(header, "").Trim();
        foreach (var (column, pattern) in Names)
        {
            if (pattern.IsMatch(name))
            {
                return column;
            }
        }

        return Column.None;
    }

    /// <summary>The unit a header or a table caption prints: 「（万元）」「单位：元」.</summary>
    public static string? UnitIn(string text) => UnitWord().Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    private static Regex Whole(string alternatives) => new($"^(?:{alternatives})$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"[（(]\s*(" + Money.Units + @"|%|分)\s*[）)]|\s+")]
    private static partial Regex Unit();

    [GeneratedRegex(@"(?:单位|金额单位|单位名称)?\s*[：:（(]\s*(" + Money.Units + @")\s*[）)]?")]
    private static partial Regex UnitWord();
}
