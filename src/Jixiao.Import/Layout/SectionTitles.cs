using System.Text.RegularExpressions;

namespace Jixiao.Import.Layout;

/// <summary>
/// Tells a section's kind from its title, by the words reports use for it (domain.md lists some;
/// real reports use more). The order matters: a title about problems and their remedies is a container.
/// </summary>
internal static partial class SectionTitles
{
    public static SectionKind Classify(string title)
    {
        if (title.Length is 0 or > 40)
        {
            return SectionKind.Other;
        }

        var problems = Problems().IsMatch(title);
        var improvements = Improvements().IsMatch(title);
        if (DeductionReasons().IsMatch(title))
        {
            return SectionKind.DeductionReasons;
        }

        return problems && improvements && !title.Contains("针对", StringComparison.Ordinal) ? SectionKind.ProblemsAndImprovements
            : improvements ? SectionKind.Improvements
            : problems ? SectionKind.Problems
            : KeyProjects().IsMatch(title) ? SectionKind.KeyProjects
            : PartAnalysis().IsMatch(title) ? SectionKind.PartAnalysis
            : TaskAnalysis().IsMatch(title) ? SectionKind.TaskAnalysis
            : Tasks().IsMatch(title) ? SectionKind.Tasks
            : Goals().IsMatch(title) ? SectionKind.Goals
            : Achievements().IsMatch(title) ? SectionKind.Achievements
            : Conclusion().IsMatch(title) ? SectionKind.Conclusion
            : Budget().IsMatch(title) ? SectionKind.Budget
            : SectionKind.Other;
    }

    [GeneratedRegex("存在(的)?(主要)?(问题|不足|短板|困难)|主要问题|问题(及|和|与)?(原因|分析)|^(问题|不足)$|不足之处|偏差(原因)?分析")]
    private static partial Regex Problems();

    [GeneratedRegex("改进(措施|举措|建议|意见|方向|计划|办法|对策|思路)|下一步|整改(措施|情况|计划)|工作(计划|建议|打算)|意见(和|及)?建议|努力方向|^(对策|建议)")]
    private static partial Regex Improvements();

    [GeneratedRegex("扣分(的)?(主要)?(原因|情况)(及|和)?(说明|分析)?$")]
    private static partial Regex DeductionReasons();

    [GeneratedRegex("重点项目|专项资金|项目(支出)?绩效(自评|评价|情况|完成)")]
    private static partial Regex KeyProjects();

    [GeneratedRegex("(履职效能|管理效率|管理效能|产出|效益|满意度|投入|过程|效果|决策|预算执行)(指标)?(情况)?(完成情况)?分析")]
    private static partial Regex PartAnalysis();

    [GeneratedRegex("(任务|工作).{0,8}(完成情况|实现情况|绩效目标完成)")]
    private static partial Regex TaskAnalysis();

    [GeneratedRegex("重点(工作)?任务|主要(工作)?任务|年度(工作)?任务")]
    private static partial Regex Tasks();

    [GeneratedRegex("^(?!.*(完成|实现|分析|自评|评价|情况)).*(绩效目标|年度目标|总体目标|预期目标|整体目标)")]
    private static partial Regex Goals();

    [GeneratedRegex("(主要|工作|取得的?)(成效|成绩|绩效)|^(部门)?整体绩效$|绩效(目标)?(完成|实现)情况")]
    private static partial Regex Achievements();

    [GeneratedRegex("自评结论|评价结论|自评得分|综合评价|总体评价|评价等级|自评(结果|情况)|评分情况")]
    private static partial Regex Conclusion();

    [GeneratedRegex("收支|预决算|预算(执行|资金|安排|收入|支出)|资金(使用|支出|情况|投入)|支出情况|决算")]
    private static partial Regex Budget();
}
