using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>
/// For every review rule, an evaluation where it fires and one where it stays quiet, each at the edge of the
/// rule's tolerance or threshold. Each case starts from <see cref="Clean"/>, which no rule finds anything in.
/// </summary>
internal static class RuleCases
{
    /// <summary>A fictional department whose every printed figure agrees with every other.</summary>
    public static Evaluation Clean { get; } = new()
    {
        Department = "云溪市澄江区司法局",
        Year = 2025,
        Unit = "万元",
        Budget = new Budget
        {
            Initial = 1000.00m, Adjustment = 100.00m, Adjusted = 1100.00m, Actual = 1089.00m, ExecutionRate = 99.00m,
            AdjustmentRate = 10.00m, Basic = 800.00m, Personnel = 600.00m, PublicFunds = 200.00m, Project = 289.00m,
            BasicShare = 73.46m, ProjectShare = 26.54m, Carryover = 11.00m,
            BySource = new Dictionary<string, decimal> { ["一般公共预算"] = 1069.00m, ["其他资金"] = 20.00m },
            ByFunction =
            [
                new FunctionLine { Name = "公共安全", Initial = 900.00m, Adjusted = 990.00m, Actual = 980.10m },
                new FunctionLine { Name = "社会保障和就业", Initial = 100.00m, Adjusted = 110.00m, Actual = 108.90m },
            ],
            ByNature =
            [
                new NatureLine { Name = "基本支出", Initial = 700.00m, Adjusted = 810.00m, Actual = 800.00m },
                new NatureLine { Name = "人员经费", Initial = 520.00m, Adjusted = 605.00m, Actual = 600.00m },
                new NatureLine { Name = "公用经费", Initial = 180.00m, Adjusted = 205.00m, Actual = 200.00m },
                new NatureLine { Name = "项目支出", Initial = 300.00m, Adjusted = 290.00m, Actual = 289.00m },
            ],
        },
        Goals = ["全年办结法律援助案件不少于 600 件。"],
        Tasks =
        [
            new KeyTask
            {
                Name = "法律援助", Funds = 200.00m, Completion = "办结法律援助案件 650 件。",
                Indicators = [new KeyIndicator { Name = "法律援助案件办结数", Target = "≥600件", Actual = "650件" }],
            },
        ],
        KeyIndicators = [new KeyIndicator { Name = "群众满意度", Target = "≥90%", Actual = "96%" }],
        Indicators =
        [
            Leaf(["产出", "数量指标", "法律援助案件办结数"], 40, "≥600件", "650件", 40),
            Leaf(["预算执行率"], 10, "100%", "99%", 9.9m),
            Leaf(["效益", "社会效益", "调解成功率"], 40, "≥95%", "95.5%", 40),
            Leaf(["满意度", "服务对象满意度", "群众满意度"], 10, "≥90%", "96%", 10),
        ],
        Score = new Score
        {
            Total = 99.9m,
            Parts = new Dictionary<string, decimal> { ["产出"] = 40, ["预算执行率"] = 9.9m, ["效益"] = 40, ["满意度"] = 10 },
            Rates = new Dictionary<string, decimal> { ["预算执行率"] = 99.00m },
            Weights = new Dictionary<string, decimal> { ["产出"] = 40, ["预算执行率"] = 10, ["效益"] = 40, ["满意度"] = 10 },
            Grade = Grade.Excellent,
        },
        KeyProjects = [new KeyProject { Name = "法律援助", Budget = 200.00m, Actual = 198.00m, ExecutionRate = 99.00m, Score = 95, Grade = Grade.Excellent }],
        Achievements = ["法律援助案件办结数超过目标。"],
        Problems = ["个别案件办理周期偏长。"],
        Improvements = ["推行案件办理节点管理。"],
    };

    public static Indicator Leaf(string[] path, decimal weight, string target, string actual, decimal score) =>
        new() { Path = path, Name = path[^1], Weight = weight, Target = target, Actual = actual, Score = score };

    /// <summary>A project table's kind of score: leaves (weights 100, scores 99.9, slack 0.1 as for JX-A007's case) and a total, no part scores.</summary>
    public static Evaluation WithLeavesOnly(decimal total) => WithScore(s => s with { Parts = Map(), Total = total });

    private static Evaluation WithBudget(Func<Budget, Budget> change) => Clean with { Budget = change(Clean.Budget!) };

    private static Evaluation WithScore(Func<Score, Score> change) => Clean with { Score = change(Clean.Score!) };

    private static Evaluation WithLeaf(int index, Func<Indicator, Indicator> change) =>
        Clean with { Indicators = [.. Clean.Indicators.Select((leaf, i) => i == index ? change(leaf) : leaf)] };

    private static Evaluation WithProject(Func<KeyProject, KeyProject> change) => Clean with { KeyProjects = [change(Clean.KeyProjects[0])] };

    private static Evaluation WithKeyIndicator(string target, string? actual) =>
        Clean with { KeyIndicators = [new KeyIndicator { Name = "群众满意度", Target = target, Actual = actual }] };

    private static Dictionary<string, decimal> Map(params (string Key, decimal Value)[] pairs) => pairs.ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>The cases by rule: the field the finding names, where it fires, where it stays quiet, and the framework if any.</summary>
    public static IReadOnlyList<RuleCase> All { get; } =
    [
        // Sources: 1069.00 + 20.00 against 1089.00; two cents off at two decimals is beyond the three half-cents of slack.
        new("JX-A001", "budget.bySource",
            WithBudget(b => b with { BySource = Map(("一般公共预算", 1069.02m), ("其他资金", 20.00m)) }),
            WithBudget(b => b with { BySource = Map(("一般公共预算", 1069.01m), ("其他资金", 20.00m)) })),
        new("JX-A002", "budget.project", WithBudget(b => b with { Project = 289.02m }), WithBudget(b => b with { Project = 289.01m })),
        new("JX-A003", "budget.basic", WithBudget(b => b with { PublicFunds = 200.02m }), WithBudget(b => b with { PublicFunds = 200.01m })),
        // 002's case: six classes summing to 10283.33 against 10283.32 is rounding; here two classes and a total allow 0.015.
        new("JX-A004", "budget.byFunction",
            WithBudget(b => b with { ByFunction = [b.ByFunction[0] with { Actual = 980.12m }, b.ByFunction[1]] }),
            WithBudget(b => b with { ByFunction = [b.ByFunction[0] with { Actual = 980.11m }, b.ByFunction[1]] })),
        new("JX-A005", "tasks",
            Clean with { Tasks = [Clean.Tasks[0] with { Funds = 289.02m }] },
            Clean with { Tasks = [Clean.Tasks[0] with { Funds = 289.01m }] }),
        new("JX-A006", "score.parts.产出",
            WithScore(s => s with { Parts = Map(("产出", 39.99m), ("预算执行率", 9.9m), ("效益", 40), ("满意度", 10)), Total = 99.89m }),
            WithLeaf(0, leaf => leaf with { Score = 39.995m }) with { Score = Clean.Score! with { Parts = Map(("产出", 40.00m), ("预算执行率", 9.9m), ("效益", 40), ("满意度", 10)) } }),
        // Parts 99.9 against a total printed to one place: 0.1 of slack (9.9 and the total each half a tenth).
        new("JX-A007", "score.total", WithScore(s => s with { Total = 99.7m }), WithScore(s => s with { Total = 99.8m })),
        new("JX-A008", "score.weights",
            WithScore(s => s with { Weights = Map(("产出", 40), ("预算执行率", 10), ("效益", 40), ("满意度", 11)) }),
            WithScore(s => s with { Weights = Map(("产出", 40), ("预算执行率", 10), ("效益", 40), ("满意度", 10.0m)) })),
        new("JX-A009", "indicators[0].score", WithLeaf(0, leaf => leaf with { Score = 40.01m }), WithLeaf(0, leaf => leaf with { Score = 40.00m })),

        // 1089 ÷ 1100 is 99% exactly, and 98.9991% at worst when both amounts were rounded to cents: truncated, that is
        // 98.99, which agrees; 98.98 does not.
        new("JX-P001", "budget.executionRate", WithBudget(b => b with { ExecutionRate = 98.98m }), WithBudget(b => b with { ExecutionRate = 98.99m })),
        new("JX-P002", "budget.adjustment", WithBudget(b => b with { Adjustment = 100.02m }), WithBudget(b => b with { Adjustment = 100.01m })),
        new("JX-P003", "budget.adjustmentRate", WithBudget(b => b with { AdjustmentRate = 10.01m }), WithBudget(b => b with { AdjustmentRate = 10m })),
        // 800 ÷ 1089 = 73.4619…%: 73.46 (rounded or truncated) agrees, 73.47 does not.
        new("JX-P004", "budget.basicShare", WithBudget(b => b with { BasicShare = 73.47m }), WithBudget(b => b with { BasicShare = 73.4m })),
        // 003's case: 49 of 50 printed as 99%.
        new("JX-P005", "score.rates.产出",
            WithScore(s => s with { Parts = Map(("产出", 39.6m), ("预算执行率", 9.9m), ("效益", 40), ("满意度", 10.4m)), Rates = Map(("产出", 100)) }),
            WithScore(s => s with { Parts = Map(("产出", 39.6m), ("预算执行率", 9.9m), ("效益", 40), ("满意度", 10.4m)), Rates = Map(("产出", 99)) })),
        new("JX-P006", "score.grade",
            WithScore(s => s with { Total = 89.99m, Parts = Map(("产出", 30.09m), ("预算执行率", 9.9m), ("效益", 40), ("满意度", 10)) }) with { Indicators = [] },
            WithScore(s => s with { Total = 90m, Parts = Map(("产出", 30.1m), ("预算执行率", 9.9m), ("效益", 40), ("满意度", 10)) }) with { Indicators = [] }),
        // 000's case: 12.35 printed where 2468.78 − 2456.19 = 12.59; here the three half-cents allow 11.015.
        new("JX-P007", "budget.carryover", WithBudget(b => b with { Carryover = 11.02m }), WithBudget(b => b with { Carryover = 11.01m })),
        new("JX-P008", "keyProjects[0].executionRate", WithProject(p => p with { ExecutionRate = 99.01m }), WithProject(p => p with { ExecutionRate = 99.0m })),
        new("JX-P009", "keyProjects[0].grade", WithProject(p => p with { Score = 89.99m }), WithProject(p => p with { Score = 90 })),
        // Rescored by output-benefit: 640 of ≥600件 is met (40 points), 590 is not (39.33).
        new("JX-P010", "indicators[0].score",
            WithLeaf(0, leaf => leaf with { Actual = "590件" }) with { Framework = "output-benefit" },
            WithLeaf(0, leaf => leaf with { Actual = "600件" }) with { Framework = "output-benefit" },
            "output-benefit"),

        // 004's case: 1863.95787 spent of 1805.58777.
        new("JX-B001", "budget.actual",
            WithBudget(b => b with { Actual = 1100.02m, ExecutionRate = null, BasicShare = null, ProjectShare = null, Carryover = null, BySource = Map(), ByFunction = [], Basic = null, Project = null }),
            WithBudget(b => b with { Actual = 1100.01m, ExecutionRate = null, BasicShare = null, ProjectShare = null, Carryover = null, BySource = Map(), ByFunction = [], Basic = null, Project = null })),
        new("JX-B002", "budget.executionRate",
            WithBudget(b => b with { ExecutionRate = 89.99m, Actual = null }),
            WithBudget(b => b with { ExecutionRate = 90.00m, Actual = null })),
        // 10% is the clean adjustment; 20% of 1000 is the line.
        new("JX-B003", "budget.adjusted",
            WithBudget(b => b with { Initial = 916.66m, Adjustment = null, AdjustmentRate = null }),
            WithBudget(b => b with { Initial = 916.67m, Adjustment = null, AdjustmentRate = null })),
        // Two figures printed to cents may be a cent apart by rounding alone.
        new("JX-B004", "keyProjects[0].actual", WithProject(p => p with { Actual = 200.02m, ExecutionRate = null }), WithProject(p => p with { Actual = 200.01m, ExecutionRate = null })),
        new("JX-B005", "achievements[0]",
            WithBudget(b => b with { Actual = 1100.02m, ExecutionRate = null, BasicShare = null, ProjectShare = null, Carryover = null, BySource = Map(), ByFunction = [], Basic = null, Project = null })
                with { Achievements = ["全年支出总额控制在预算总额以内。"] },
            Clean with { Achievements = ["全年支出总额控制在预算总额以内。"] }),
        new("JX-B006", "budget.byFunction[1].actual",
            WithBudget(b => b with { ByFunction = [b.ByFunction[0] with { Actual = 980.09m }, b.ByFunction[1] with { Actual = 110.02m, Adjusted = 110.00m }] }),
            WithBudget(b => b with { ByFunction = [b.ByFunction[0] with { Actual = 979.00m }, b.ByFunction[1] with { Actual = 110.00m }] })),

        // 002's case: 新媒体粉丝 >170万 reached 210.96万. 20% over 600 is 720.
        new("JX-I001", "tasks[0].indicators[0]",
            Clean with { Tasks = [Clean.Tasks[0] with { Indicators = [new KeyIndicator { Name = "法律援助案件办结数", Target = "≥600件", Actual = "721件" }] }] },
            Clean with { Tasks = [Clean.Tasks[0] with { Indicators = [new KeyIndicator { Name = "法律援助案件办结数", Target = "≥600件", Actual = "720件" }] }] }),
        new("JX-I002", "keyIndicators[0].target", WithKeyIndicator(" ", "96%"), WithKeyIndicator("≥90%", "96%")),
        new("JX-I003", "keyIndicators[0].target", WithKeyIndicator("≥90", "96"), WithKeyIndicator("≥90分", "96分")),
        new("JX-I004", "keyIndicators[0].actual", WithKeyIndicator("≥90%", ""), WithKeyIndicator("≥90%", "90%")),
        new("JX-I005", "indicators[0].score", WithLeaf(0, leaf => leaf with { Actual = "599件" }), WithLeaf(0, leaf => leaf with { Actual = "599件", Score = 39.93m })),

        // 001's case: the table prints 2423人次, the narrative 2432人 on the same topic. Quiet when the topic differs.
        new("JX-I006", "tasks[0].indicators[0].actual",
            Clean with { Tasks = [Clean.Tasks[0] with { Completion = "全年办结法律援助案件 605 件。", Indicators = [new KeyIndicator { Name = "法律援助案件办结数", Target = "≥600件", Actual = "650件" }] }] },
            Clean with { Tasks = [Clean.Tasks[0] with { Completion = "全年接待来访群众 605 人次。", Indicators = [new KeyIndicator { Name = "法律援助案件办结数", Target = "≥600件", Actual = "650件" }] }] }),

        new("JX-C001", "improvements", Clean with { Improvements = [] }, Clean with { Achievements = [] }),
        new("JX-C002", "keyProjects", Clean with { KeyProjects = [] }, Clean with { KeyProjects = [], Kind = EvaluationKind.Project }),
        new("JX-C003", "tasks[0].funds",
            Clean with { Tasks = [Clean.Tasks[0] with { Name = "社区矫正", Funds = 500m }], Budget = Clean.Budget! with { Project = 600m, Basic = 489.00m, Personnel = 289.00m } },
            Clean with { Tasks = [Clean.Tasks[0] with { Name = "社区矫正", Funds = 499.99m }], Budget = Clean.Budget! with { Project = 600m, Basic = 489.00m, Personnel = 289.00m } }),
        new("JX-C004", "year", Clean with { Year = null }, Clean),
        new("JX-C005", "indicators[0].path",
            WithLeaf(0, leaf => leaf with { Path = ["产出", "产量指标", "法律援助案件办结数"] }) with { Framework = "output-benefit" },
            Clean with { Framework = "output-benefit" },
            "output-benefit"),
    ];
}

/// <summary>One rule's pair of cases.</summary>
internal sealed record RuleCase(string Code, string Field, Evaluation Fires, Evaluation Quiet, string? Framework = null);
