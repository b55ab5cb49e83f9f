using Jixiao.Domain.Checks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>JX-A002 and JX-A003 on every column of the budget by nature: 年初预算数, 全年预算数 and 执行数.</summary>
public class NatureColumnsTests
{
    private static Evaluation WithLine(string name, Func<NatureLine, NatureLine> change)
    {
        var budget = RuleCases.Clean.Budget!;
        return RuleCases.Clean with { Budget = budget with { ByNature = [.. budget.ByNature.Select(line => line.Name == name ? change(line) : line)] } };
    }

    private static IReadOnlyList<Finding> Check(Evaluation evaluation) => EvaluationChecker.Check(evaluation, null, CheckRules.BuiltIn).Findings;

    [Fact]
    public void Check_InitialColumnNotAddingUpToTheTotal_NamesTheColumnAndTheNumbers()
    {
        // 700.00 + 300.02 against the printed 1000.00: two cents beyond the 0.015 of slack.
        var finding = Assert.Single(Check(WithLine("项目支出", line => line with { Initial = 300.02m })), finding => finding.Code == "JX-A002");

        Assert.Equal("budget.byNature[3].initial", finding.Field);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith("基本支出与项目支出的年初预算数合计 1000.02 万元（基本支出 700.00 + 项目支出 300.02），与年初预算数 1000.00 万元 相差 0.02 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AdjustedColumnOfBasicNotAddingUp_NamesTheBasicLine()
    {
        var finding = Assert.Single(Check(WithLine("公用经费", line => line with { Adjusted = 215.00m })), finding => finding.Code == "JX-A003");

        Assert.Equal("budget.byNature[0].adjusted", finding.Field);
        Assert.StartsWith("人员经费与公用经费的全年预算数合计 820.00 万元（人员经费 605.00 + 公用经费 215.00），与基本支出的全年预算数 810.00 万元 相差 10.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ColumnsWithinRounding_AreQuiet()
    {
        var evaluation = WithLine("项目支出", line => line with { Initial = 300.01m });

        Assert.DoesNotContain(Check(evaluation), finding => finding.Code is "JX-A002" or "JX-A003");
    }

    [Fact]
    public void Check_ActualOnlyInTheLines_IsCheckedThere()
    {
        // A file that gives the actuals by nature only, not as budget.basic and budget.project.
        var budget = RuleCases.Clean.Budget! with { Basic = null, Personnel = null, PublicFunds = null, Project = null, BasicShare = null, ProjectShare = null };
        var evaluation = RuleCases.Clean with
        {
            Budget = budget with { ByNature = [.. budget.ByNature.Select(line => line.Name == "项目支出" ? line with { Actual = 290.00m } : line)] },
        };

        var finding = Assert.Single(Check(evaluation), finding => finding.Code == "JX-A002");

        Assert.Equal("budget.byNature[3].actual", finding.Field);
        Assert.StartsWith("基本支出与项目支出合计 1090.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ActualGivenBothWays_IsReportedOnceOnTheBudgetsOwnField()
    {
        var evaluation = RuleCases.Clean with { Budget = RuleCases.Clean.Budget! with { Project = 289.02m } };

        var finding = Assert.Single(Check(evaluation), finding => finding.Code == "JX-A002");

        Assert.Equal("budget.project", finding.Field);
    }

    [Fact]
    public void Check_LineWithoutTheColumn_IsNotSummed()
    {
        var evaluation = WithLine("基本支出", line => line with { Initial = null });

        Assert.DoesNotContain(Check(evaluation), finding => finding.Code is "JX-A002" or "JX-A003");
    }
}
