using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Jixiao.Import.Tests;

/// <summary>
/// The C# port of check-facts agrees with the python tool, check by check: on hand-made cases with a
/// passing and a failing use of every operator, and against python itself when python3 is installed (else that test
/// is reported as skipped, with the reason).
/// </summary>
public sealed class FactsCheckTests
{
    private const string OperatorsDocument = """
        {"department": "东坝区 教育局", "year": 2023, "unit": "万元", "flag": true,
         "budget": {"actual": 12371.0452, "initial": null, "bySource": {"一般公共预算": 100.5, "其他资金": "20.25"}},
         "score": {"total": 95.5, "grade": "优"},
         "goals": ["目标一：新增学位９００个", "目标二"],
         "tasks": [{"name": "学前教育", "funds": 12}, {"name": "义务 教育", "funds": "１２．５"}],
         "indicators": [{"name": "学生满意度", "score": 9.5}, {"name": 95, "score": 3}, {"name": "２０", "score": 1.0}],
         "mixed": [1, "2.5", false], "nulls": [null],
         "findings": [
          {"code": "JX-B001", "severity": "warning", "field": "budget.carryover", "message": "结转和结余不符"},
          {"severity": "error", "field": "score.total", "message": "总分不等于各项之和"}]}
        """;

    private const string OperatorsFacts = """
        {"facts": [
          ["department", "东坝区教育局"], ["department", "东坝区教育厅"],
          ["year", 2023], ["year", "2023"], ["year", "２０２３ "], ["year", 2023.0000000001], ["year", 2024], ["year", "2024"],
          ["budget.actual", 12371.045201],
          ["budget.initial", null], ["budget.adjusted", null], ["budget.actual", null], ["budget.adjusted", 1], ["budget.initial", 5],
          ["goals[0]", {"contains": "900个"}], ["goals[1]", {"contains": "三"}],
          ["department", {"endsWith": "教育局"}], ["department", {"endsWith": "东坝区"}], ["year", {"contains": "20"}],
          ["goals", {"count": 2}], ["goals", {"count": 3}],
          ["budget.bySource", {"count": 2, "sum": 120.75}], ["budget.bySource", {"sum": 120.7}],
          ["tasks", {"count": 2, "why": "two tasks"}], ["department", {"count": 1}],
          ["mixed", {"sum": 3.5}], ["nulls", {"sum": 0}],
          ["tasks[1].funds", 12.5], ["tasks[1].funds", "12.5"], ["tasks[name=义务教育].funds", "12.5"],
          ["indicators[name=学生满意度].score", 9.5], ["indicators[name=95].score", 3], ["indicators[name=20].score", 1],
          ["indicators[name=不存在].score", null], ["indicators[name=不存在].score", 1],
          ["tasks[5].name", null], ["score[0]", null], ["score[0]", "优"],
          ["flag", true], ["flag", 1], ["flag", "true"],
          ["year", {"bogus": 1}],
          ["score.grade", "优"], ["score.grade", ["优"]], ["score", {"count": 2}],
          ["indicators[score=1.0].name", "20"], ["indicators[score=1].name", null], ["indicators[score=3].name", 95]
         ],
         "findings": [
          {"field": "budget.carry"},
          {"field": "budget", "mentions": "结余"},
          {"field": "score", "mentions": "预算"},
          {"field": "score", "mentions": "total"},
          {"field": "keyProjects", "why": "none extracted"}
         ],
         "noErrors": true}
        """;

    private const string CleanDocument = """
        {"department": "应急管理局", "findings": [{"severity": "warning", "field": "goals", "message": "缺少「绩效目标」"}]}
        """;

    private const string CleanFacts = """
        {"facts": [["department", {"contains": "应急"}], ["year", null]], "findings": [{"field": "goals", "mentions": "绩效目标"}], "noErrors": true}
        """;

    /// <summary>Per case: facts, extracted document, and what check-facts printed (+ ok, - FAIL per check), wrong count.</summary>
    private static readonly Dictionary<string, (string Facts, string Document, string Expected, int Wrong)> s_cases = new()
    {
        ["operators"] = (OperatorsFacts, OperatorsDocument, "+-++++---++---+-+--+-+-+-+--++++++-++-++--+-++++++-+--", 16),
        ["clean"] = (CleanFacts, CleanDocument, "++++", 0),
        ["tolerance"] = (
            """{"facts": [["a", 0.1000000005], ["a", 0.100000002], ["b", {"sum": 0.3}], ["c", 0], ["c", "0.0000000001"]]}""",
            """{"a": 0.1, "b": [0.1, 0.2], "c": 1e-10}""", "+-+++", 1),
    };

    /// <summary>The exit code of a command that is not there, as shells and shims report it.</summary>
    private const int CommandNotFound = 127;

    public static TheoryData<string> Cases() => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_HandMadeCase_AgreesWithRecordedPythonOutput(string name)
    {
        var (facts, document, expected, wrong) = s_cases[name];

        var result = FactsCheck.Run(facts, document);

        Assert.Equal(expected, Signs(result));
        Assert.Equal(wrong, result.Wrong);
        Assert.Equal(expected.Count(sign => sign == '+'), result.Passed);
        Assert.Equal(expected.Length, result.Total);
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Run_HandMadeCase_AgreesWithPythonTool(string name)
    {
        var (facts, document, _, _) = s_cases[name];
        var script = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "tools", "check-facts"));
        Skip.IfNot(File.Exists(script), $"check-facts is not at {script}; Run_HandMadeCase_AgreesWithRecordedPythonOutput holds the port to its recorded output");
        using var temp = new TempDir();

        var printed = RunPython(script, temp.Write("case.facts.json", facts), temp.Write("case.json", document));
        Skip.If(printed is null, "python3 is not installed; Run_HandMadeCase_AgreesWithRecordedPythonOutput holds the port to check-facts' recorded output");

        var result = FactsCheck.Run(facts, document);
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var checks = lines.Where(line => line.StartsWith("ok    ", StringComparison.Ordinal) || line.StartsWith("FAIL  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(checks.Count, result.Total);
        for (var i = 0; i < checks.Count; i++)
        {
            var check = result.Checks[i];
            var line = check.Passed ? $"ok    {check.Name}" : $"FAIL  {check.Name}: ";
            Assert.True(check.Passed ? checks[i] == line : checks[i].StartsWith(line, StringComparison.Ordinal), $"check {i}: python printed «{checks[i]}», the port has «{line}{check.Reason}»");
        }

        Assert.Equal($"wrong: {result.Wrong}", lines[^2]);
        Assert.Equal($"facts: {result.Passed}/{result.Total}", lines[^1]);
    }

    private static string Signs(FactsCheckResult result) => string.Concat(result.Checks.Select(check => check.Passed ? '+' : '-'));

    /// <summary>What check-facts prints for the two files, or null when python3 is not here.</summary>
    private static string? RunPython(string script, string factsFile, string documentFile)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { script, factsFile, documentFile },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            _ = process.StandardError.ReadToEnd();
            process.WaitForExit();

            // 127: a shim (pyenv's, say) found no python3 to run.
            return process.ExitCode == CommandNotFound ? null : output;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
