using System.Text.RegularExpressions;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// The names reports give the budget's amounts and rates, each with its field. A label must end
/// right before its number (「全年预算数为 2468.78」); what precedes it may only set the scene
/// (本部门 2023 年度), not qualify it (三公经费支出数 is not the department's spending).
/// </summary>
internal static partial class BudgetLabels
{
    /// <summary>Function classes (支出功能分类, 类级科目) as budgets print them.</summary>
    public static readonly string[] Functions =
    [
        "一般公共服务", "外交", "国防", "公共安全", "教育", "科学技术", "文化旅游体育与传媒", "文化体育与传媒", "社会保障和就业",
        "卫生健康", "医疗卫生与计划生育", "节能环保", "城乡社区", "农林水", "交通运输", "资源勘探工业信息等", "资源勘探信息等",
        "商业服务业等", "金融", "援助其他地区", "自然资源海洋气象等", "住房保障", "粮油物资储备", "灾害防治及应急管理",
        "其他支出", "债务付息", "债务发行费用",
    ];

    private static readonly (string Field, Regex Pattern)[] AmountLabels =
    [
        ("budget.bySource.一般公共预算", Label("一般公共预算(财政)?(拨款)?(资金)?(支出)?(数|决算数)?")),
        ("budget.bySource.政府性基金预算", Label("政府性基金(预算)?(财政)?(拨款)?(资金)?(支出)?(数)?")),
        ("budget.bySource.国有资本经营预算", Label("国有资本经营(预算)?(财政)?(拨款)?(资金)?(支出)?(数)?")),
        ("budget.bySource.其他资金", Label("其他资金(支出)?(数)?")),
        ("function", Label($"({string.Join('|', Functions)})(类)?(支出)?(预算收入|预算数?|决算支出|决算数?|支出数?|执行数)?")),
        ("budget.personnel", Label("人员经费(支出)?(决算数|决算|执行数|数)?")),
        ("budget.publicFunds", Label("公用经费(支出)?(决算数|决算|执行数|数)?")),
        ("budget.basic", Label("基本支出(决算数|决算|执行数|数)?")),
        ("budget.project", Label("项目支出(决算数|决算|执行数|数)?")),
        ("budget.carryover", Label("(年末|年终)?结转(和|及|与)?结余(资金)?(数)?")),
        ("budget.adjustment", Label("(年度|全年)?预算调整(数|金额|(?![为至到]))|(年中|年内)追加([^，。；,;\\d]{0,24}?(资金|经费|预算))?|追加[^，。；,;\\d]{0,24}?(资金|经费|预算)|调整(金额|数)|(年中)?追加调整(预算)?(资金|经费)?|调整(增加|减少)(预算)?|调(增|减)(预算)?(资金)?|净(增加|减少|调增|调减)(预算)?")),
        ("budget.initial", Label("年初[^，。；,;\\d]{0,4}?(预算|部门预算)(数|收入|金额|资金|总额)?|年初(共)?安排(预算)?(资金)?|年初预算批复(数|金额)?|年初批复(的)?(预算)?(数|金额)?|批复[^，。；,;\\d]{0,6}?预算(数|金额)?")),
        ("budget.adjusted", Label("全年预算(数|收入|金额|总额)?|(全年)?支出预算(数|总额)?|调整(预算)?后(的)?(全年)?(部门)?(项目)?预算(数|收入|金额|总额)?|部门调整预算(收入|数)?|调整预算(收入|数)|预算调整后(为)?|全年(可用)?资金总额")),
        ("budget.actual", Label("(全年|本年|年度)?执行数|(部门)?决算(总)?支出(数|总额)?|(完成|实现)(支出|支付|拨付)|(全年|本年|当年)(实际)?支出|(部门)?决算数|实际支出(数|金额|额|总额)?|(实际)?支出(数|总额|合计|决算数)|(共)?完成支付|本年支出合计|实际(使用|执行)(资金)?|累计支出|共支出|支出决算")),
    ];

    private static readonly (string Field, Regex Pattern)[] RateLabels =
    [
        ("budget.adjustmentRate", Label("(预算)?调整率")),
        // A bare 执行率 or 完成率 must stand alone in its clause: 「招生计划完成率 100%」 is no budget's.
        ("budget.executionRate", Label("(预算|资金|支出)(执行|完成)率|^(执行率|完成率)|完成(全年)?预算的|(预算)?支出率|(预算)?支出进度|预算执行进度")),
        ("share", Label("占比|占[^，,。；;\\d%]{0,8}")),
    ];

    /// <summary>The field an amount's label names, with the function class when it names one.</summary>
    public static (string Field, string? Function)? Amount(string window, bool project = false) => Find(AmountLabels, window, project);

    public static string? Rate(string window, bool project = false) => Find(RateLabels, window, project)?.Field;

    /// <summary>Words that make a label someone else's: a line item, a fund, a project, a previous year.</summary>
    [GeneratedRegex("三公|公务|会议|培训|差旅|出国|接待|车辆|采购|资产|工资|津贴|社保|专项|上年|往年|去年|下达|追加|追减|调增|调减|收入(?!支出)|项目(?!支出)|中央|省级|市级|转移支付|人均|平均|(?<!12)月|资金(?!来源)|经费|补贴|补助|工程|下属|所属|二级单位")]
    public static partial Regex Qualifier();

    /// <summary>
    /// The same for a project's own evaluation, where the project, its fund and its changes during the year are what
    /// the report is about (「该项目年初预算」「追加资金后全年预算数」); line items, sub-units and other times still qualify.
    /// </summary>
    [GeneratedRegex("三公|公务|会议|培训|差旅|出国|接待|车辆|采购|资产|工资|津贴|社保|上年|往年|去年|收入(?!支出)|人均|平均|(?<!12)月|下属|所属|二级单位|子项目")]
    private static partial Regex ProjectQualifier();

    /// <summary>
    /// Whether an amount's window names another thing than the department's year, which a sentence then goes on
    /// about: a line item, a fund, a project, a sub-unit, a month or the year before, before the label (养老服务补贴资金全年预算数) or beside
    /// no label at all (三公经费预算).
    /// </summary>
    public static bool IsAboutAnother(string window, bool project = false)
    {
        var another = project ? ProjectAnother() : Another();
        foreach (var (_, pattern) in AmountLabels)
        {
            var match = pattern.Match(window);
            if (match.Success)
            {
                return another.IsMatch(window[..match.Index]);
            }
        }

        return another.IsMatch(window);
    }

    [GeneratedRegex("三公|公务|会议|培训|差旅|出国|接待|车辆|采购|资产|专项|资金(?!来源)|经费|补贴|补助|工程|项目(?!支出)|下属|所属|二级单位|(?<!12)月|上年|去年|上一年|同期")]
    private static partial Regex Another();

    [GeneratedRegex("三公|公务|会议|培训|差旅|出国|接待|车辆|采购|资产|下属|所属|二级单位|子项目|(?<!12)月|上年|去年|上一年|同期")]
    private static partial Regex ProjectAnother();

    private static (string Field, string? Function)? Find((string Field, Regex Pattern)[] labels, string window, bool project)
    {
        var qualifier = project ? ProjectQualifier() : Qualifier();
        foreach (var (field, pattern) in labels)
        {
            var match = pattern.Match(window);
            if (match.Success && !qualifier.IsMatch(window[..match.Index]))
            {
                return (field, field == "function" ? match.Groups["f"].Success ? match.Groups["f"].Value : FunctionIn(match.Value) : null);
            }
        }

        return null;
    }

    private static string? FunctionIn(string label) => Functions.Where(label.StartsWith).MaxBy(name => name.Length);

    private static Regex Label(string alternatives) =>
        new($"(?:{alternatives})\\s*(?:为|是|达|达到|共|共计|合计|总计|总额|调整为|调整至|增至|减至)?\\s*[:：]?\\s*(?:{Count})?\\s*$", RegexOptions.CultureInvariant);

    /// <summary>How many items an amount covers, printed between its label and the amount: 「年初批复预算8个项目985万元」.</summary>
    private const string Count = @"[\d一二三四五六七八九十]+\s*(?:个|项)(?:项目|子项目)?";
}
