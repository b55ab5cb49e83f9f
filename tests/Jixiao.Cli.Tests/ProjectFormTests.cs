using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Cli.Tests;

/// <summary>
/// A 项目支出绩效自评表 goes from file to score without editing: extracted as the Ministry's form prints it
/// (「产出指标(50分)」, 「服务对象满意度指标等」, a budget row with no 分值 or 得分), then scored by national-project.
/// </summary>
public class ProjectFormTests
{
    /// <summary>A fictional form: 溪桥县's 2024 elderly-care stations; 预算执行率 310.40 ÷ 320.00 = 97 % is printed in its budget rows only.</summary>
    private static readonly string s_form = RepoPaths.File("tests", "Jixiao.Cli.Tests", "Data", "project-xiqiao-elderly-2024.txt");

    [Fact]
    public void Score_ExtractedProjectForm_GivesTotalAndGrade()
    {
        using var temp = new TempDir();
        var extracted = temp.File("extracted.json");
        var scored = temp.File("scored.json");

        var (extractExit, _, extractError) = InProcess.Run("extract", s_form, "--json", "-o", extracted);
        var (exit, output, error) = InProcess.Run("score", extracted, "-f", "national-project", "-o", scored);

        Assert.Equal((0, ""), (extractExit, extractError));
        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("预算执行率：分值 10 分，得 9.70 分，得分率 97.00%", output, StringComparison.Ordinal);
        Assert.Contains("产出：分值 50 分，得 43.05 分", output, StringComparison.Ordinal);
        Assert.Contains("满意度：分值 10 分，得 9.44 分", output, StringComparison.Ordinal);
        Assert.Contains("总分 86.19 分，等级 良（已计分 9/9 项）", output, StringComparison.Ordinal);
        var score = InterchangeJson.Read(File.ReadAllText(scored)).Value!.Computed!.Score!;
        Assert.Equal((86.19m, Grade.Good), (score.Total, score.Grade));
    }

    [Fact]
    public void Check_ExtractedProjectForm_FindsNoErrorAndNoRescoringDifference()
    {
        using var temp = new TempDir();
        var extracted = temp.File("extracted.json");
        InProcess.Run("extract", s_form, "--json", "-o", extracted);

        var (exit, output, _) = InProcess.Run("check", extracted, "-f", "national-project");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("JX-P010", output, StringComparison.Ordinal);
        Assert.DoesNotContain("JX-I002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ProjectFormByAnotherSchemesWeights_IsRefusedNamingTheSums()
    {
        using var temp = new TempDir();
        var extracted = temp.File("extracted.json");
        InProcess.Run("extract", s_form, "--json", "-o", extracted);

        var (exit, _, error) = InProcess.Run("score", extracted, "-f", "output-benefit");

        Assert.Equal(2, exit);
        Assert.Contains("「产出」下各指标分值合计 50 分，应为 40 分", error, StringComparison.Ordinal);
    }
}
