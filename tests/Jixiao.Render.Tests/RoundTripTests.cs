namespace Jixiao.Render.Tests;

/// <summary>
/// Each seed read by `jixiao extract`, rendered, and read again: the facts checked by hand on the seed still hold.
/// The project table of the corpus does the same for a 项目支出绩效自评表.
/// </summary>
public sealed class RoundTripTests
{
    /// <summary>
    /// Facts the extractor does not read back from a form yet, each with why: it reads one key project per form (the first
    /// list a recognizer sets wins), so seed 003's second project, written in its own row, is lost on the way back.
    /// </summary>
    private static readonly Dictionary<string, string[]> s_formGaps = new(StringComparer.Ordinal)
    {
        ["003"] = ["keyProjects", "keyProjects[1].name", "keyProjects[1].budget", "keyProjects[1].actual", "keyProjects[1].score", "keyProjects[1].grade"],
    };

    /// <summary>
    /// Facts the extractor does not read back from the report yet, each with why: 001's improvements print a future
    /// 「年度预算执行率100%」 that it takes for a second execution rate (and so drops both); 001's key project prints no
    /// figures, and a key project is read only from its figures; 004's 预算执行率 part has a heading (预算执行率指标分析)
    /// the part-analysis titles do not match, so its weight is not read.
    /// </summary>
    private static readonly Dictionary<string, string[]> s_reportGaps = new(StringComparer.Ordinal)
    {
        ["001"] = ["budget.executionRate", "keyProjects", "keyProjects[0].name"],
        ["004"] = ["score.weights"],
    };

    public static TheoryData<string, RenderFormat> SeedsInTextFormats() => new()
    {
        { "000", RenderFormat.Docx }, { "000", RenderFormat.Markdown }, { "001", RenderFormat.Docx }, { "001", RenderFormat.Markdown },
        { "002", RenderFormat.Docx }, { "002", RenderFormat.Markdown }, { "003", RenderFormat.Docx }, { "003", RenderFormat.Markdown },
        { "004", RenderFormat.Docx }, { "004", RenderFormat.Markdown },
    };

    [Theory]
    [MemberData(nameof(SeedsInTextFormats))]
    public void Report_Seed_KeepsTheSeedsFacts(string seed, RenderFormat format)
    {
        var facts = Directory.GetFiles(RepoPaths.Seeds, seed + "_*.facts.json").Single();

        var result = ExtractAgain(Inputs.Seed(seed), RenderWhat.Report, format, facts);

        var gaps = s_reportGaps.GetValueOrDefault(seed, []);
        Assert.True(result.Failures.All(failure => gaps.Contains(failure.Name)), $"{seed} {format}:\n{result.Describe()}");
    }

    [Fact]
    public void Report_ProjectTable_KeepsItsFacts()
    {
        var result = ExtractAgain(Inputs.ProjectTable, RenderWhat.Report, RenderFormat.Docx, Path.ChangeExtension(Inputs.ProjectTable, ".facts.json"));

        Assert.True(result.AllPassed, result.Describe());
    }

    public static TheoryData<string, RenderFormat> SeedsAndFormats() => new()
    {
        { "000", RenderFormat.Xlsx }, { "000", RenderFormat.Docx }, { "001", RenderFormat.Xlsx }, { "001", RenderFormat.Docx },
        { "002", RenderFormat.Xlsx }, { "002", RenderFormat.Docx }, { "003", RenderFormat.Xlsx }, { "003", RenderFormat.Docx },
        { "004", RenderFormat.Xlsx }, { "004", RenderFormat.Docx },
    };

    [Theory]
    [MemberData(nameof(SeedsAndFormats))]
    public void Table_Seed_KeepsTheSeedsFacts(string seed, RenderFormat format)
    {
        var facts = Directory.GetFiles(RepoPaths.Seeds, seed + "_*.facts.json").Single();

        var result = ExtractAgain(Inputs.Seed(seed), RenderWhat.Table, format, facts);

        var gaps = s_formGaps.GetValueOrDefault(seed, []);
        Assert.True(result.Failures.All(failure => gaps.Contains(failure.Name)), $"{seed} {format}:\n{result.Describe()}");
    }

    [Theory]
    [InlineData(RenderFormat.Xlsx)]
    [InlineData(RenderFormat.Docx)]
    public void Table_ProjectTable_KeepsItsFacts(RenderFormat format)
    {
        var result = ExtractAgain(Inputs.ProjectTable, RenderWhat.Table, format, Path.ChangeExtension(Inputs.ProjectTable, ".facts.json"));

        Assert.True(result.AllPassed, result.Describe());
    }

    public static TheoryData<string, RenderWhat, RenderFormat> SamplesAndFormats()
    {
        var cases = new TheoryData<string, RenderWhat, RenderFormat>();
        foreach (var sample in Inputs.Samples)
        {
            cases.Add(sample, RenderWhat.Table, RenderFormat.Xlsx);
            cases.Add(sample, RenderWhat.Table, RenderFormat.Docx);
            cases.Add(sample, RenderWhat.Report, RenderFormat.Docx);
        }

        return cases;
    }

    /// <summary>A sample (interchange JSON) rendered and read back by `jixiao extract`: its key facts, taken from the JSON itself.</summary>
    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public void Render_Sample_KeyFactsReadBack(string sample, RenderWhat what, RenderFormat format)
    {
        var (evaluation, framework) = Inputs.Sample(sample);
        using var folder = new TempDir();
        var rendered = folder.Write("rendered." + Inputs.Extension(format), Inputs.Render(evaluation, framework, what, format));
        var budget = evaluation.Budget!;
        var facts = new System.Text.Json.Nodes.JsonObject
        {
            ["facts"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonArray("department", evaluation.Department),
                new System.Text.Json.Nodes.JsonArray("year", evaluation.Year),
                new System.Text.Json.Nodes.JsonArray("budget.initial", budget.Initial),
                new System.Text.Json.Nodes.JsonArray("budget.adjusted", budget.Adjusted),
                new System.Text.Json.Nodes.JsonArray("budget.actual", budget.Actual),
                new System.Text.Json.Nodes.JsonArray("budget.executionRate", budget.ExecutionRate),
                new System.Text.Json.Nodes.JsonArray("score.total", evaluation.Score?.Total),
                new System.Text.Json.Nodes.JsonArray("tasks", new System.Text.Json.Nodes.JsonObject { ["count"] = evaluation.Tasks.Count }),
                new System.Text.Json.Nodes.JsonArray("problems", new System.Text.Json.Nodes.JsonObject { ["count"] = evaluation.Problems.Count })),
        };

        var (exit, output, error) = InProcess.Run("extract", rendered, "--json");

        Assert.True(exit == 0, error);
        var result = FactsCheck.Run(facts.ToJsonString(), output);
        // Known gap, the extractor's (as seed 004's above): beihu's report analyses its 预算执行率 part under 「预算执行率指标分析」,
        // which is not read as a part's heading, so its 「得分 9.8 分」 is taken for a second total and both are dropped.
        string[] gaps = sample == "beihu-emergency-2025" && what == RenderWhat.Report ? ["score.total"] : [];
        Assert.True(result.Failures.All(failure => gaps.Contains(failure.Name)), $"{sample} {what} {format}:\n{result.Describe()}");
        Assert.Equal(0, result.Wrong);
    }

    /// <summary>Extracts <paramref name="source"/>, renders it, extracts the rendered file with `jixiao extract --json` and checks the facts.</summary>
    internal static FactsCheckResult ExtractAgain(string source, RenderWhat what, RenderFormat format, string factsFile)
    {
        var (evaluation, framework) = Inputs.Extracted(source);
        using var folder = new TempDir();
        var rendered = folder.Write("rendered." + Inputs.Extension(format), Inputs.Render(evaluation, framework, what, format));

        var (exit, output, error) = InProcess.Run("extract", rendered, "--json");

        Assert.True(exit == 0, error);
        return FactsCheck.Run(File.ReadAllText(factsFile), output);
    }
}
