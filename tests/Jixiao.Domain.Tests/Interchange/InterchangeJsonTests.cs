using FsCheck.Xunit;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Interchange;

public class InterchangeJsonTests
{
    [Property(Arbitrary = [typeof(EvaluationGenerators)], MaxTest = 300)]
    public bool RoundTrip_ModelToJsonToModelToJson_IsLossless(Evaluation evaluation)
    {
        var json = InterchangeJson.Write(evaluation);
        var read = InterchangeJson.Read(json);

        return read.Succeeded && InterchangeJson.Write(read.Value!) == json;
    }

    [Fact]
    public void Read_DecimalsAsPrinted_KeepTheirScale()
    {
        var json = """{ "budget": { "actual": 16.60, "initial": 1669.0157, "carryover": 12.35 }, "tasks": [ { "name": "任务1", "funds": 16.6 } ] }""";

        var evaluation = InterchangeJson.Read(json).Value!;

        Assert.Equal("16.60", evaluation.Budget!.Actual!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("16.6", evaluation.Tasks[0].Funds!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("\"initial\": 1669.0157", InterchangeJson.Write(evaluation), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ChineseText_StaysReadable()
    {
        var json = InterchangeJson.Write(new Evaluation { Department = "云溪市青禾区司法局", Score = new Score { Grade = Grade.Excellent } });

        Assert.Contains("\"department\": \"云溪市青禾区司法局\"", json, StringComparison.Ordinal);
        Assert.Contains("\"grade\": \"优\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"computed\"", json, StringComparison.Ordinal); // absent stays absent
    }

    [Theory]
    [InlineData("优秀", Grade.Excellent)]
    [InlineData("良好", Grade.Good)]
    [InlineData("合格", Grade.Fair)]
    [InlineData("不合格", Grade.Poor)]
    public void Read_LongGradeNames_StoreTheShortGrade(string printed, Grade expected)
    {
        var evaluation = InterchangeJson.Read($$"""{ "score": { "grade": "{{printed}}" } }""").Value!;

        Assert.Equal(expected, evaluation.Score!.Grade);
    }

    [Fact]
    public void Read_MalformedJson_NamesTheLine()
    {
        var result = InterchangeJson.Read("{\n  \"year\": 2023,\n  \"budget\": { \"actual\": 1 \n}");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("第 4 行", error.Place, StringComparison.Ordinal);
        Assert.Contains("JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"year\": nul }", "JSON 语法错误（括号、引号或逗号不匹配）")] // not a null: a broken literal
    [InlineData("{ \"year\": 2023, \"year\": 2024 }", "同一个字段出现了两次")]
    [InlineData("{ \"year\": 2023.5 }", "取值的类型不对（数字、文本、列表或对象用错了）")]
    [InlineData("[]", "取值的类型不对（数字、文本、列表或对象用错了）")]
    // A number past decimal's range is no type mix-up: the message says what a number must look like.
    [InlineData("{ \"budget\": { \"actual\": 1e400 } }", "取值的类型不对或超出范围：应为一个数，如 1234.56（文字、列表，或 1e400 这样过大的数都不行）")]
    [InlineData("{ \"预算\": 1 }", "没有这个字段（拼写错误？）")] // a Chinese name in .NET's message is still .NET's message
    public void Read_BrokenJson_SaysWhatIsWrongInChinese(string json, string message)
    {
        Assert.Equal(message, Assert.Single(InterchangeJson.Read(json).Errors).Message);
    }

    [Fact]
    public void Read_UnknownField_NamesIt()
    {
        var result = InterchangeJson.Read("{\n  \"budget\": {\n    \"actul\": 5\n  }\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("第 3 行 budget.actul", error.Place);
        Assert.Contains("没有这个字段", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongType_NamesTheField()
    {
        var error = Assert.Single(InterchangeJson.Read("{ \"budget\": { \"actual\": \"很多\" } }").Errors);

        Assert.EndsWith("budget.actual", error.Place, StringComparison.Ordinal);
        Assert.Contains("类型不对", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownEnumValue_SaysWhatIsAllowed()
    {
        var error = Assert.Single(InterchangeJson.Read("{ \"kind\": \"company\" }").Errors);

        Assert.EndsWith("kind", error.Place, StringComparison.Ordinal);
        Assert.Equal("取值应为 department / project 之一", error.Message);
    }

    [Fact]
    public void Read_NegativeAmount_NamesTheFieldAndValue()
    {
        var result = InterchangeJson.Read("""{ "budget": { "actual": -5, "adjustment": -507.49 }, "keyProjects": [ { "name": "x", "budget": -1 } ] }""");

        Assert.Equal(["budget.actual: 不能为负数（-5）", "keyProjects[0].budget: 不能为负数（-1）"], result.Errors.Select(error => error.ToString()));
    }

    [Theory]
    [InlineData("""{ "budget": { "adjusted": 0.00000000000000000001 } }""", "budget.adjusted")] // finer than 8 decimals
    [InlineData("""{ "budget": { "adjustment": -2000000000000 } }""", "budget.adjustment")] // signed, but bounded
    [InlineData("""{ "indicators": [ { "path": ["产出", ""], "name": "" } ] }""", "indicators[0]")]
    public void Read_OutOfRange_NamesTheField(string json, string place)
    {
        Assert.Equal(place, Assert.Single(InterchangeJson.Read(json).Errors).Place);
    }

    [Theory]
    [InlineData("""{ "budget": { "byNature": [ { "name": "工资福利支出", "actual": 1 } ] } }""", "budget.byNature[0].name: 支出性质应为 基本支出、人员经费、公用经费、项目支出 之一，实为「工资福利支出」")]
    [InlineData("""{ "budget": { "byNature": [ { "name": "项目支出" }, { "name": "项目支出" } ] } }""", "budget.byNature[1].name: 「项目支出」列了两次")]
    [InlineData("""{ "budget": { "byNature": [ { "name": "基本支出", "initial": -1 } ] } }""", "budget.byNature[0].initial: 不能为负数（-1）")]
    public void Read_BadLineByNature_NamesIt(string json, string error)
    {
        Assert.Equal(error, Assert.Single(InterchangeJson.Read(json).Errors).ToString());
    }

    [Fact]
    public void Read_LinesByNature_KeepTheirColumns()
    {
        var budget = InterchangeJson.Read("""
            { "budget": { "basic": 6756.71, "byNature": [ { "name": "基本支出", "initial": 6777.42, "adjusted": 6759.56, "actual": 6756.71 } ] } }
            """).Value!.Budget!;

        Assert.Equal((6777.42m, 6759.56m, 6756.71m), (budget.Nature("基本支出")!.Initial, budget.ByNature[0].Adjusted, budget.ByNature[0].Actual));
        Assert.Equal("6777.42", budget.ByNature[0].Initial!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(budget.Nature("项目支出"));
    }

    [Fact]
    public void Read_PathNotEndingInName_Fails()
    {
        var result = InterchangeJson.Read("""{ "indicators": [ { "path": ["产出", "数量指标", "A"], "name": "B" } ] }""");

        Assert.Equal("indicators[0].path", Assert.Single(result.Errors).Place);
    }

    [Theory]
    [InlineData("""{ "tasks": [ null ] }""", "tasks", "列表第 1 项为 null")] // a hole in a list of objects
    [InlineData("""{ "goals": [ "目标一", null ] }""", "goals", "列表第 2 项为 null")]
    [InlineData("""{ "indicators": [ { "name": "A", "path": null } ] }""", "indicators[0].path", "不能为 null")]
    [InlineData("""{ "goals": null }""", "goals", "不能为 null")]
    [InlineData("""{ "tasks": [ { "name": null } ] }""", "tasks[0].name", "不能为 null")]
    public void Read_NullWhereNoneIsAllowed_NamesThePlace(string json, string place, string message)
    {
        var error = Assert.Single(InterchangeJson.Read(json).Errors);

        Assert.EndsWith(place, error.Place, StringComparison.Ordinal);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_NullDocument_IsAnError()
    {
        Assert.False(InterchangeJson.Read("null").Succeeded);
    }
}
