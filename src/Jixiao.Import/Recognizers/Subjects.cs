using System.Text.RegularExpressions;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// Whose a sentence's score or grade is: one about a project, a fund, a sub-unit, another year or an aim
/// (「力争明年自评等级为优秀」) or a scale (「评价结果分为四个等级」) is not the department's this year, unless the department is named in it.
/// </summary>
internal static partial class Subjects
{
    /// <summary>A sentence about a project, a fund or a sub-unit that does not name the department.</summary>
    public static bool IsAnothers(string sentence) => Another().IsMatch(sentence) && !Department().IsMatch(sentence);

    /// <summary>
    /// Whose a sentence's score is in an evaluation of <paramref name="project"/> kind: in a project's own evaluation the
    /// project and its fund are the subject (「该项目综合得分91.6分」); only a sub-unit or a sub-project is another's.
    /// </summary>
    public static bool IsAnothers(string sentence, bool project) => project ? SubUnit().IsMatch(sentence) : IsAnothers(sentence);

    /// <summary>Words that make a score's clause someone else's: 「项目……得分」 in a department's report.</summary>
    public static bool NamesAnother(string clause, bool project) => project ? SubUnit().IsMatch(clause) : clause.Contains("项目", StringComparison.Ordinal);

    /// <summary>A clause about another year or an aim: 「上年度评价等级为优秀」, 「力争明年……」.</summary>
    public static bool IsNotThisYears(string clause) => NotThisYear().IsMatch(clause);

    [GeneratedRegex("项目|专项|下属|所属|二级单位|(资金|经费|补贴|补助|工程)(?!使用|管理|来源|支出)[^。；]{0,20}(得分|等级|评级)")]
    private static partial Regex Another();

    [GeneratedRegex("下属|所属|二级单位|子项目")]
    private static partial Regex SubUnit();

    [GeneratedRegex("本部门|我部门|部门整体|本局|我局|本委|我委|本单位|我单位|本馆|我馆|本院|我院|本中心|我中心|本办|我办")]
    private static partial Regex Department();

    [GeneratedRegex("上年|上一年|去年|以前年度|力争|争取|明年|下一年|分为[一二三四五六]?个?等级|等级分为")]
    private static partial Regex NotThisYear();
}
