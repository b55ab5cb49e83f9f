using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring;

public class LeafScorerTests
{
    private static readonly Framework s_national = FrameworkCatalog.BuiltIn.Find("national-project")!;

    private static LeafScore Score(Indicator indicator, ScoringMethod method, decimal weight, BudgetRate? budgetRate = null, Framework? framework = null) =>
        LeafScorer.Score(indicator, method, weight, framework ?? s_national, budgetRate);

    public class Quantitative
    {
        [Fact]
        public void Score_BelowAtLeastTarget_ScoresProportionallyWithReason()
        {
            var result = Score(new Indicator { Name = "宣传活动", Target = "≥26次", Actual = "12次" }, ScoringMethod.Quantitative, 5m);

            Assert.Equal(2.31m, result.Score);
            Assert.Equal("实际完成 12 次，低于指标值 26 次，按完成比例得 2.31 分", result.Reason);
        }

        [Theory]
        [InlineData("≥24次", "5次", "0.63")] // 3 × 5 ÷ 24 = 0.625 exactly: rounded once, half away from zero
        [InlineData("≤24%", "34.5%", "2.09")] // 3 × 24 ÷ 34.5 = 2.0869…
        public void Score_Proportional_RoundsTheExactQuotientOnce(string target, string actual, string expected)
        {
            var result = Score(new Indicator { Name = "x", Target = target, Actual = actual }, ScoringMethod.Quantitative, 3m);

            Assert.Equal(expected, result.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("≥5%", "-5%")] // a negative actual is not read as 5%
        [InlineData("≥90%", "0.95")] // no unit: not assumed to be a percentage
        [InlineData("≥10万人", "12")]
        public void Score_ActualNotReadable_IsNotScored(string target, string actual)
        {
            var result = Score(new Indicator { Name = "x", Target = target, Actual = actual }, ScoringMethod.Quantitative, 5m);

            Assert.Null(result.Score);
            Assert.Equal(ScoringCodes.NotScored, Assert.Single(result.Flags).Code);
        }

        [Fact]
        public void Score_ExtremeOverAchievement_FlagsWithoutOverflow()
        {
            var strict = s_national with { OverAchievement = new OverAchievementRule { Threshold = 20m, DeductionPerPoint = 100m, MaxDeduction = 100m } };

            var result = Score(new Indicator { Name = "x", Target = "≥0.00000001次", Actual = "1000000000000000次" }, ScoringMethod.Quantitative, 5m, framework: strict);

            Assert.Equal(0.00m, result.Score);
            Assert.Equal(ScoringCodes.TargetTooLow, Assert.Single(result.Flags).Code);
        }

        [Fact]
        public void Score_MetTarget_ScoresFullWeight()
        {
            var result = Score(new Indicator { Name = "期刊", Target = "不少于 6000 册", Actual = "6000册" }, ScoringMethod.Quantitative, 4m);

            Assert.Equal(4.00m, result.Score);
            Assert.Empty(result.Flags);
        }

        [Fact]
        public void Score_AboveAtMostTarget_ScoresTargetOverActual()
        {
            var result = Score(new Indicator { Name = "重复咨询比例", Target = "≤20%", Actual = "25%" }, ScoringMethod.Quantitative, 5m);

            Assert.Equal(4.00m, result.Score);
            Assert.Contains("高于指标值 20%", result.Reason, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("92%", "10.00")] // inside the range
        [InlineData("80%", "8.89")] // below: 10 × 80 / 90
        [InlineData("100%", "9.50")] // above: 10 × 95 / 100
        public void Score_Range_FullInsideProportionalOutside(string actual, string expected)
        {
            var result = Score(new Indicator { Name = "比例", Target = "90%-95%", Actual = actual }, ScoringMethod.Quantitative, 10m);

            Assert.Equal(expected, result.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Score_FarAboveTarget_FlagsTargetTooLow()
        {
            var result = Score(new Indicator { Name = "粉丝数", Target = "超过 170万人", Actual = "210.96万人" }, ScoringMethod.Quantitative, 5m);

            Assert.Equal(5.00m, result.Score);
            var flag = Assert.Single(result.Flags);
            Assert.Equal(ScoringCodes.TargetTooLow, flag.Code);
            Assert.Contains("24.09%", flag.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Score_FarBelowLowerIsBetterTarget_FlagsTargetTooLoose()
        {
            var result = Score(new Indicator { Name = "重复咨询比例", Target = "低于20%", Actual = "4.75%" }, ScoringMethod.Quantitative, 5m);

            Assert.Equal(5.00m, result.Score);
            Assert.Contains("优于指标值 ≤20% 达 76.25%（阈值 20%），指标值可能设置过松", Assert.Single(result.Flags).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Score_JustWithinThreshold_DoesNotFlag()
        {
            var result = Score(new Indicator { Name = "示范点", Target = "10个", Actual = "12个" }, ScoringMethod.Quantitative, 5m);

            Assert.Empty(result.Flags);
        }

        [Fact]
        public void Score_FrameworkDeductsForOverAchievement_TakesPointsByDeviation()
        {
            var strict = s_national with { OverAchievement = new OverAchievementRule { Threshold = 20m, DeductionPerPoint = 1m, MaxDeduction = 20m } };

            // 50% over: 30 points beyond the threshold, 1% of the weight each, capped at 20%.
            var result = Score(new Indicator { Name = "培训人次", Target = "≥100人次", Actual = "150人次" }, ScoringMethod.Quantitative, 10m, framework: strict);

            Assert.Equal(8.00m, result.Score);
            Assert.Contains("按偏离程度扣 2.00 分", result.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Score_UnitsDiffer_UsesPrintedScoreAndSaysWhy()
        {
            var result = Score(new Indicator { Name = "入学", Target = "≥2400人", Actual = "2423人次", Score = 3m }, ScoringMethod.Quantitative, 3m);

            Assert.Equal(3m, result.Score);
            Assert.Contains("单位", result.Reason, StringComparison.Ordinal);
            Assert.Equal(ScoringCodes.NotScored, Assert.Single(result.Flags).Code);
        }

        [Fact]
        public void Score_MissingActualAndNoPrintedScore_LeavesScoreEmpty()
        {
            var result = Score(new Indicator { Name = "办结数", Target = "≥1200件" }, ScoringMethod.Quantitative, 5m);

            Assert.Null(result.Score);
            Assert.Equal("缺少实际完成值，未计分", result.Reason);
        }
    }

    public class ExecutionRate
    {
        [Fact]
        public void Score_Seed002AverageRate99Point91On10Points_Costs0Point01()
        {
            var result = Score(new Indicator { Name = "一般公共预算年度平均支出执行率", Actual = "99.91%" }, ScoringMethod.ExecutionRate, 10m);

            Assert.Equal(9.99m, result.Score);
            Assert.Equal("预算执行率 99.91%，低于 100%，扣 0.01 分，得 9.99 分", result.Reason);
        }

        [Fact]
        public void Score_OverspentBudget_CapsAtFullWeight()
        {
            var result = Score(new Indicator { Name = "预算执行率" }, ScoringMethod.ExecutionRate, 10m, budgetRate: new BudgetRate(103.23m, "按执行数 ÷ 全年预算数计算"));

            Assert.Equal(10.00m, result.Score);
            Assert.Contains("按执行数 ÷ 全年预算数计算", result.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Score_NoRateAndNoBudgetRateAllowed_IsNotScored()
        {
            var result = Score(new Indicator { Name = "一般公共预算年度平均支出执行率" }, ScoringMethod.ExecutionRate, 10m);

            Assert.Null(result.Score);
            Assert.Equal("缺少预算执行率，未计分", result.Reason);
        }
    }

    public class Qualitative
    {
        [Theory]
        [InlineData(Achievement.Achieved, null, "5.00")] // no printed score: the band's default (full for 达成)
        [InlineData(Achievement.PartlyAchieved, null, "3.00")] // the band's lower bound, 60%
        [InlineData(Achievement.PartlyAchieved, "3.5", "3.5")] // inside the band: as printed, scale kept
        [InlineData(Achievement.PartlyAchieved, "5", "4.00")] // above the band: its upper bound, 80%
        [InlineData(Achievement.NotAchieved, "4", "3.00")] // above 未达成's 60%
        public void Score_Bands_KeepTheScoreInsideTheBand(Achievement achievement, string? printed, string expected)
        {
            var indicator = new Indicator
            {
                Name = "制度建设",
                Achievement = achievement,
                Score = printed is null ? null : decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture),
            };

            var result = Score(indicator, ScoringMethod.Qualitative, 5m);

            Assert.Equal(expected, result.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Score_PrintedOutsideBand_FlagsIt()
        {
            var result = Score(new Indicator { Name = "制度建设", Achievement = Achievement.PartlyAchieved, Score = 5m }, ScoringMethod.Qualitative, 5m);

            Assert.Equal(ScoringCodes.OutsideBand, Assert.Single(result.Flags).Code);
        }
    }

    public class Deduction
    {
        [Fact]
        public void Score_ListedDeductions_WeightMinusThem()
        {
            var indicator = new Indicator
            {
                Name = "采购合同签订时效性",
                Deductions = [new Model.Deduction { Points = 2m, Reason = "2 份合同超过 30 日签订" }],
            };

            var result = Score(indicator, ScoringMethod.Deduction, 3m);

            Assert.Equal(1.00m, result.Score);
            Assert.Equal("扣 2 分：2 份合同超过 30 日签订；得 1.00 分", result.Reason);
        }

        [Fact]
        public void Score_DeductionsBeyondWeight_NeverBelowZero()
        {
            var indicator = new Indicator
            {
                Name = "合同备案时效性",
                Deductions = [new Model.Deduction { Points = 1m, Reason = "未按时备案" }, new Model.Deduction { Points = 1m, Reason = "未公告" }],
            };

            var result = Score(indicator, ScoringMethod.Deduction, 1m);

            Assert.Equal(0.00m, result.Score);
            Assert.Equal(ScoringCodes.DeductionsExceedWeight, Assert.Single(result.Flags).Code);
        }

        [Fact]
        public void Score_NeitherScoreNorDeductions_GuessesNoFullMarks()
        {
            var result = Score(new Indicator { Name = "合同备案时效性", Actual = "已备案" }, ScoringMethod.Deduction, 1m);

            Assert.Null(result.Score);
            Assert.Equal("未填报得分或扣分项，未计分", result.Reason);
        }

        [Fact]
        public void Score_PrintedScoreWithMoreDecimals_IsKeptAsPrinted()
        {
            var result = Score(new Indicator { Name = "x", Score = 9.995m }, ScoringMethod.Deduction, 10m);

            Assert.Equal("9.995", result.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Score_OnlyPrintedScore_TakesItAndNamesTheDeduction()
        {
            var result = Score(new Indicator { Name = "采购政策效能", Score = 0.98m, Reason = "中小企业采购份额不足" }, ScoringMethod.Deduction, 1m);

            Assert.Equal(0.98m, result.Score);
            Assert.Equal("扣 0.02 分（中小企业采购份额不足），得 0.98 分", result.Reason);
        }
    }
}
