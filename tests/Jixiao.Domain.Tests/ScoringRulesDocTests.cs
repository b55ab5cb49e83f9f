using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Scoring;
using Jixiao.Tests;

namespace Jixiao.Domain.Tests;

/// <summary>Executes every worked example of docs/scoring-rules.md, as Markdig runs its spec.</summary>
public partial class ScoringRulesDocTests
{
    private static readonly Framework s_framework = FrameworkCatalog.BuiltIn.Find("national-project")!;

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var (kind, _, line) in Blocks())
        {
            data.Add(kind, line);
        }

        return data;
    }

    [Fact]
    public void Doc_HasExamplesOfEveryKind()
    {
        var kinds = Blocks().Select(block => block.Kind).ToHashSet();

        Assert.Equal(["jixiao-formula", "jixiao-grade", "jixiao-rule"], kinds.Order(StringComparer.Ordinal));
        Assert.True(Blocks().Count() >= 20);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_HoldsInCode(string kind, int line)
    {
        var fields = Blocks().Single(block => block.Line == line).Fields;
        switch (kind)
        {
            case "jixiao-rule":
                CheckRule(fields);
                break;
            case "jixiao-formula":
                Assert.Equal(Get(fields, "结果"), Number.Show(Formula(fields)));
                break;
            default:
                Assert.Equal(Get(fields, "等级"), GradeNames.ToChinese(s_framework.GradeFor(Decimal(fields, "总分")!.Value)!.Value));
                break;
        }
    }

    private static void CheckRule(ILookup<string, string> fields)
    {
        var indicator = new Indicator
        {
            Name = "算例",
            Target = fields["指标值"].FirstOrDefault(),
            Actual = fields["实际完成值"].FirstOrDefault(),
            Score = Decimal(fields, "填报得分"),
            Reason = fields["填报扣分原因"].FirstOrDefault(),
            Achievement = fields["达成情况"].FirstOrDefault() switch
            {
                "达成" => Achievement.Achieved,
                "部分达成" => Achievement.PartlyAchieved,
                "未达成" => Achievement.NotAchieved,
                _ => null,
            },
            Deductions = [.. fields["扣分"].Select(text => text.Split(" | ")).Select(parts => new Deduction { Points = Parse(parts[0]), Reason = parts[1] })],
        };
        var method = Get(fields, "方法") switch
        {
            "quantitative" => ScoringMethod.Quantitative,
            "qualitative" => ScoringMethod.Qualitative,
            "deduction" => ScoringMethod.Deduction,
            _ => ScoringMethod.ExecutionRate,
        };

        var budgetRate = Decimal(fields, "预算执行率") is { } rate ? new BudgetRate(rate, "按执行数 ÷ 全年预算数计算") : (BudgetRate?)null;
        var result = LeafScorer.Score(indicator, method, Decimal(fields, "分值")!.Value, s_framework, budgetRate);

        Assert.Equal(Get(fields, "得分"), result.Score is { } score ? Number.Show(score) : "未计分");
        Assert.Equal(Get(fields, "说明"), result.Reason);
        Assert.Equal(fields["标记"].ToList(), result.Flags.Select(flag => flag.Code).ToList());
    }

    private static decimal? Formula(ILookup<string, string> f) => Get(f, "公式") switch
    {
        "舍入" => Rounding.Round2(Decimal(f, "数值")!.Value),
        "预算执行率" => Formulas.ExecutionRate(Decimal(f, "执行数"), Decimal(f, "全年预算数")),
        "预算调整率" => Formulas.AdjustmentRate(Decimal(f, "年初预算数"), Decimal(f, "全年预算数")),
        "应有结转结余" => Formulas.ExpectedCarryover(Decimal(f, "全年预算数"), Decimal(f, "执行数")),
        "得分率" => Formulas.ScoreRate(Decimal(f, "得分"), Decimal(f, "分值")),
        var other => throw new InvalidOperationException($"docs/scoring-rules.md names an unknown formula: {other}"),
    };

    [GeneratedRegex(@"^```(?<kind>jixiao-[a-z]+)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();

    private static IEnumerable<(string Kind, ILookup<string, string> Fields, int Line)> Blocks()
    {
        var text = File.ReadAllText(RepoPaths.File("docs", "scoring-rules.md")).ReplaceLineEndings("\n");
        foreach (Match match in Block().Matches(text))
        {
            var fields = match.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(row => row.Split(": ", 2))
                .ToLookup(parts => parts[0], parts => parts[1]);
            yield return (match.Groups["kind"].Value, fields, text[..match.Index].Count(c => c == '\n') + 1);
        }
    }

    private static string Get(ILookup<string, string> fields, string key) => fields[key].Single();

    private static decimal? Decimal(ILookup<string, string> fields, string key) =>
        fields[key].FirstOrDefault() is { } text ? Parse(text) : null;

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
