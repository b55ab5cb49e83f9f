using Jixiao.Domain.Interchange;

namespace Jixiao.Cli.Tests;

public class FrameworksCommandTests
{
    [Fact]
    public void Frameworks_ListsTheBuiltInOnesWithTheirParts()
    {
        var (exit, output, _) = InProcess.Run("frameworks");

        Assert.Equal(0, exit);
        Assert.Contains("guangzhou-department-2024", output, StringComparison.Ordinal);
        Assert.Contains("履职效能 50、管理效率 50", output, StringComparison.Ordinal);
        Assert.Contains("预算执行率 10、产出 50、效益 30、满意度 10", output, StringComparison.Ordinal);
        Assert.Contains("产出 40、预算执行率 10、效益 40、满意度 10", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Frameworks_WithId_ShowsTheTree()
    {
        var (exit, output, _) = InProcess.Run("frameworks", "guangzhou-department-2024");

        Assert.Equal(0, exit);
        Assert.Contains("合同备案时效性 1 分", output, StringComparison.Ordinal);
        Assert.Contains("产出 20 分（由部门设置指标）", output, StringComparison.Ordinal);
        Assert.Contains("管理效率 50 分（又作：管理效能）", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Frameworks_Json_IsAFileThatLoadsAsAUserFramework()
    {
        using var temp = new TempDir();
        var (exit, json, _) = InProcess.Run("frameworks", "national-project", "--json");
        temp.Write("mine.json", json.Replace("\"national-project\"", "\"my-project\"", StringComparison.Ordinal));

        var (listExit, list, _) = InProcess.Run("frameworks", "--frameworks-dir", temp.Path);

        Assert.Equal(0, exit);
        Assert.Equal(0, listExit);
        Assert.Contains("my-project", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Frameworks_UserDirectory_AddsItsFramework()
    {
        using var temp = new TempDir();
        temp.Write("province.json", """
            { "id": "province-project", "name": "某省项目支出", "kind": "project", "total": 100,
              "grades": [ { "grade": "优", "min": 95 }, { "grade": "良", "min": 85 }, { "grade": "中", "min": 60 }, { "grade": "差", "min": 0 } ],
              "qualitativeBands": [ { "achievement": "达成", "min": 80, "max": 100, "default": 100 }, { "achievement": "部分达成", "min": 60, "max": 80, "default": 60 }, { "achievement": "未达成", "min": 0, "max": 60, "default": 0 } ],
              "indicators": [ { "name": "预算执行率", "weight": 10, "method": "executionRate", "rateFromBudget": true }, { "name": "绩效指标", "weight": 90, "open": true } ] }
            """);

        var (exit, output, _) = InProcess.Run("frameworks", "--frameworks-dir", temp.Path);

        Assert.Equal(0, exit);
        Assert.Contains("province-project", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Frameworks_BrokenUserFile_NamesFileAndPlace()
    {
        using var temp = new TempDir();
        var file = temp.Write("broken.json", """{ "id": "x", "name": "x", "grades": [ { "grade": "优", "min": 90 }, { "grade": "差", "min": 0 } ], "qualitativeBands": [ { "achievement": "达成", "min": 80, "max": 100, "default": 100 }, { "achievement": "部分达成", "min": 60, "max": 80, "default": 60 }, { "achievement": "未达成", "min": 0, "max": 60, "default": 0 } ], "indicators": [ { "name": "产出", "weight": 90 } ] }""");

        var (exit, _, error) = InProcess.Run("frameworks", "--frameworks-dir", temp.Path);

        Assert.Equal(2, exit);
        Assert.Equal($"{file}: indicators: 一级指标分值合计 90 分，应为 100 分", error.TrimEnd());
    }

    [Fact]
    public void New_WritesABlankThatReadsBackAndScores()
    {
        using var temp = new TempDir();
        var blank = temp.File("blank.json");

        var (exit, output, _) = InProcess.Run("new", "--framework", "guangzhou-department-2024", "-o", blank);
        var (scoreExit, scored, _) = InProcess.Run("score", blank);

        Assert.Equal(0, exit);
        Assert.Contains("已写出", output, StringComparison.Ordinal);
        var evaluation = InterchangeJson.Read(File.ReadAllText(blank)).Value!;
        Assert.Equal(26, evaluation.Indicators.Count);
        Assert.Equal(0, scoreExit);
        Assert.Contains("已计分 0/26 项", scored, StringComparison.Ordinal);
    }

    [Fact]
    public void New_UnknownFramework_Fails()
    {
        var (exit, output, error) = InProcess.Run("new", "--framework", "nope");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("未知的指标体系「nope」", error, StringComparison.Ordinal);
    }
}
