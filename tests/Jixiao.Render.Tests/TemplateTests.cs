using System.Text.Json.Nodes;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Render.Tests;

/// <summary>
/// `jixiao template`: the blank 自评表 of a framework, filled in cell by cell as a clerk fills it in Excel, is read back
/// by `jixiao extract` with every typed value in place and none wrong.
/// </summary>
public sealed class TemplateTests
{
    [Fact]
    public void Template_DepartmentFilledInAsAClerkWould_ExtractsWhatWasTyped()
    {
        using var folder = new TempDir();
        var blank = folder.Write("blank.xlsx", []);
        var (exit, _, error) = InProcess.Run("template", "-f", "guangzhou-department-2024", "-o", blank);
        Assert.True(exit == 0, error);
        var filled = File.ReadAllBytes(blank);
        OpenXmlValid.Assert(filled, RenderFormat.Xlsx);

        using var stream = new MemoryStream();
        stream.Write(filled);
        using (var clerk = new ClerkWorkbook(stream))
        {
            clerk.Beside("部门名称", "青石县农业农村局");
            clerk.Beside("被评价年度", "2025年");
            clerk.Beside("部门调整预算收入", 1234.56m);
            clerk.Beside("部门年初预算收入", 1200m);
            clerk.Beside("实际支出数", 1198.9m);
            clerk.Beside("年度预算调整数", 34.56m);
            clerk.Beside("其中：一般公共预算", 1100.5m);
            clerk.Beside("预算完成率", 0.9711m);
            clerk.Beside("预算调整率", 0.0288m);
            clerk.Beside("在职在编人数", 42);

            var goals = clerk.Find("部门整体支出的预期目标");
            clerk.Type(goals.Row + 1, 1, "保障粮食生产稳定。\n推进高标准农田建设。");

            var tasks = clerk.Find("主要任务");
            clerk.Type(tasks.Row + 1, 0, "粮食生产");
            clerk.Type(tasks.Row + 1, 1, "稳定粮食播种面积");
            clerk.Type(tasks.Row + 1, 3, "全年粮食播种面积稳定");
            clerk.Type(tasks.Row + 1, 5, "粮食播种面积");
            clerk.Type(tasks.Row + 1, 6, "12.5万亩");
            clerk.Type(tasks.Row + 2, 5, "粮食总产量");
            clerk.Type(tasks.Row + 2, 6, "5.1万吨");
            clerk.Type(tasks.Row + 1, 7, 320.25m);
            clerk.Type(tasks.Row + 4, 0, "高标准农田建设");
            clerk.Type(tasks.Row + 4, 1, "新建高标准农田2万亩");
            clerk.Type(tasks.Row + 4, 3, "完成新建2.1万亩");
            clerk.Type(tasks.Row + 4, 5, "新建高标准农田面积");
            clerk.Type(tasks.Row + 4, 6, "2.1万亩");
            clerk.Type(tasks.Row + 4, 7, 560m);

            clerk.Beside("重点项目绩效情况", "高标准农田建设项目");

            var indicators = clerk.Find("绩效指标");
            var leaf = clerk.Find("一般公共预算年度平均支出执行率", indicators.Row);
            clerk.Type(leaf.Row, 5, "97.11%");
            clerk.Type(leaf.Row, 7, 9.5m);
            var fees = clerk.Find("公用经费控制率", indicators.Row);
            clerk.Type(fees.Row, 5, "未超预算");
            clerk.Type(fees.Row, 7, 2m);

            var conclusion = clerk.Find("自评结论");
            var first = clerk.Find("履职效能", conclusion.Row);
            clerk.Type(first.Row, 5, 45.5m);
            var second = clerk.Find("管理效率", conclusion.Row);
            clerk.Type(second.Row, 5, 46m);
            clerk.Beside("总分", 91.5m, conclusion.Row);
            clerk.Beside("自评等级", "优", conclusion.Row);
            clerk.Beside("扣分的主要原因", "预算执行率未达到100%。", conclusion.Row);
            clerk.Beside("部门整体绩效", "粮食生产保持稳定。");
            clerk.Beside("存在问题", "项目前期准备不足。\n资金拨付偏慢。");
            clerk.Beside("改进措施或下一步计划", "提前做好项目储备。");
        }

        var typed = folder.Write("filled.xlsx", stream.ToArray());
        OpenXmlValid.Assert(stream.ToArray(), RenderFormat.Xlsx);
        var (readExit, json, readError) = InProcess.Run("extract", typed, "--json");
        Assert.True(readExit == 0, readError);

        var result = FactsCheck.Run(Facts(
            ("department", "青石县农业农村局"), ("year", 2025),
            ("budget.adjusted", 1234.56m), ("budget.initial", 1200m), ("budget.actual", 1198.9m), ("budget.adjustment", 34.56m),
            ("budget.bySource.一般公共预算", 1100.5m), ("budget.executionRate", 97.11m), ("budget.adjustmentRate", 2.88m),
            ("staff.active", 42),
            ("goals", new JsonObject { ["count"] = 2 }), ("goals[0]", "保障粮食生产稳定。"),
            ("tasks", new JsonObject { ["count"] = 2 }), ("tasks[0].name", "粮食生产"), ("tasks[0].funds", 320.25m),
            ("tasks[0].completion", "全年粮食播种面积稳定"),
            ("tasks[0].indicators", new JsonObject { ["count"] = 2 }), ("tasks[0].indicators[1].name", "粮食总产量"),
            ("tasks[0].indicators[1].actual", "5.1万吨"), ("tasks[1].name", "高标准农田建设"), ("tasks[1].funds", 560m),
            ("tasks[1].indicators[0].actual", "2.1万亩"),
            ("keyProjects", new JsonObject { ["count"] = 1 }), ("keyProjects[0].name", "高标准农田建设项目"),
            ("indicators[name=一般公共预算年度平均支出执行率].score", 9.5m), ("indicators[name=一般公共预算年度平均支出执行率].weight", 10m),
            ("indicators[name=一般公共预算年度平均支出执行率].actual", "97.11%"), ("indicators[name=公用经费控制率].score", 2m),
            ("indicators[name=公用经费控制率].actual", "未超预算"),
            ("score.total", 91.5m), ("score.grade", "优"), ("score.parts.履职效能", 45.5m), ("score.parts.管理效率", 46m),
            ("score.weights.履职效能", 50m),
            ("achievements", new JsonObject { ["count"] = 1 }), ("problems", new JsonObject { ["count"] = 2 }), ("problems[1]", "资金拨付偏慢。"),
            ("improvements[0]", "提前做好项目储备。")), json);
        // Not checked: the 扣分的主要原因 typed in its cell. The extractor reads deduction reasons from prose only
        // (ProseGrade skips tables), so a form's reasons are not read back yet; the renderer writes them (PrintedScores).
        Assert.True(result.AllPassed, result.Describe());
        Assert.Equal(0, result.Wrong);
    }

    [Fact]
    public void Template_DepartmentDocxFilledIn_ExtractsWhatWasTyped()
    {
        using var folder = new TempDir();
        var blank = folder.File("blank.docx");
        var (exit, _, error) = InProcess.Run("template", "-f", "guangzhou-department-2024", "-o", blank);
        Assert.True(exit == 0, error);

        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(blank));
        using (var clerk = new ClerkDocument(stream))
        {
            clerk.Beside("部门名称", "青石县农业农村局");
            clerk.Beside("被评价年度", "2025年");
            clerk.Beside("部门调整预算收入", "1234.56");
            clerk.Beside("部门年初预算收入", "1200.00");
            clerk.Beside("实际支出数", "1198.90");
            clerk.Beside("预算完成率", "97.11%");
            clerk.Beside("总分", "91.50");
            clerk.Beside("自评等级", "优");
            clerk.Beside("存在问题", "项目前期准备不足。");
        }

        OpenXmlValid.Assert(stream.ToArray(), RenderFormat.Docx);
        var (readExit, json, readError) = InProcess.Run("extract", folder.Write("filled.docx", stream.ToArray()), "--json");
        Assert.True(readExit == 0, readError);

        var result = FactsCheck.Run(Facts(
            ("department", "青石县农业农村局"), ("year", 2025), ("budget.adjusted", 1234.56m), ("budget.initial", 1200m),
            ("budget.actual", 1198.9m), ("budget.executionRate", 97.11m), ("score.total", 91.5m), ("score.grade", "优"),
            ("problems", new JsonObject { ["count"] = 1 })), json);
        Assert.True(result.AllPassed, result.Describe());
    }

    [Theory]
    [InlineData("department", "xlsx")]
    [InlineData("department", "docx")]
    [InlineData("project", "xlsx")]
    [InlineData("project", "docx")]
    public void Template_Kind_IsValidAndListsTheFrameworksIndicators(string kind, string format)
    {
        using var folder = new TempDir();
        var output = Path.Combine(folder.Path, "自评表." + format);

        var (exit, _, error) = InProcess.Run("template", "--kind", kind, "-o", output);

        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(output);
        OpenXmlValid.Assert(bytes, format == "xlsx" ? RenderFormat.Xlsx : RenderFormat.Docx);
        var framework = FrameworkCatalog.BuiltIn.All.First(known => known.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase));
        var (_, json, _) = InProcess.Run("extract", output, "--json");
        var read = JsonNode.Parse(json)!;
        Assert.Equal(BlankEvaluation.For(framework).Indicators.Count, read["indicators"]!.AsArray().Count);
    }

    [Fact]
    public void Template_KindAgainstFramework_IsRefused()
    {
        using var folder = new TempDir();

        var (exit, _, error) = InProcess.Run("template", "-f", "national-project", "--kind", "department", "-o", Path.Combine(folder.Path, "t.xlsx"));

        Assert.Equal(2, exit);
        Assert.Contains("national-project", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "t.xlsx")));
    }

    private static string Facts(params (string Path, JsonNode? Value)[] facts) => new JsonObject
    {
        ["facts"] = new JsonArray([.. facts.Select(fact => (JsonNode)new JsonArray(fact.Path, fact.Value?.DeepClone()))]),
    }.ToJsonString();
}
