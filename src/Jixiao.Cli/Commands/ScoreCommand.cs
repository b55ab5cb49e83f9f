using System.CommandLine;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Scoring;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao score FILE.json [-o OUT.json]`: scores an evaluation by its framework and prints the indicator table.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliOutput io, Option<DirectoryInfo?> frameworksDir)
    {
        var file = new Argument<string>("FILE") { Description = "交换格式的自评文件（.json）" };
        var output = new Option<string?>("--output", "-o") { Description = "把计分后的自评写入此文件" };
        var frameworkId = new Option<string?>("--framework", "-f") { Description = "按此指标体系计分（默认取文件中的 framework）" };
        var rules = new Option<string?>("--rules") { Description = "复核规则文件（JSON），覆盖默认的严重程度和阈值" };
        var command = new Command("score", "按指标体系计分：打印指标得分表和总分，可写出计分后的 JSON。\n示例：jixiao score samples/qinghe-justice-2025.json -o 计分结果.json")
        {
            file, output, frameworkId, rules,
        };
        command.SetAction(parsed => Run(
            io, parsed.GetRequiredValue(file), parsed.GetValue(output), parsed.GetValue(frameworkId), parsed.GetValue(rules), parsed.GetValue(frameworksDir)));
        return command;
    }

    private static int Run(CliOutput io, string file, string? output, string? frameworkId, string? rulesFile, DirectoryInfo? frameworksDir)
    {
        if (io.LoadCatalog(frameworksDir) is not { } catalog || io.LoadRules(rulesFile) is not { } rules)
        {
            return JixiaoCli.BadInput;
        }

        if (io.ReadEvaluation(file) is not { } evaluation)
        {
            return JixiaoCli.BadInput;
        }

        var id = frameworkId ?? evaluation.Framework;
        if (id is null)
        {
            return io.Fail(file, $"framework: 未指定指标体系，请在文件中写 \"framework\" 或用 --framework 指定（可用：{CliOutput.Available(catalog)}）");
        }

        if (catalog.Find(id) is not { } framework)
        {
            return io.Fail(file, $"framework: {CliOutput.UnknownFramework(catalog, id)}");
        }

        var outcome = EvaluationScorer.Score(evaluation with { Framework = framework.Id }, framework);
        if (!outcome.Succeeded)
        {
            outcome.Errors.ToList().ForEach(error => io.Fail(file, error.ToString()));
            return JixiaoCli.BadInput;
        }

        // The scored evaluation carries the review's findings too, as every interchange file does.
        var checkedEvaluation = EvaluationChecker.Check(evaluation with { Framework = framework.Id }, framework, rules);
        if (output is not null && InputFiles.WriteAtomically(output, InterchangeJson.Write(checkedEvaluation)) is { } writeProblem)
        {
            return io.Fail(output, writeProblem);
        }

        ScoreReport.Write(io.Console, io.Out, checkedEvaluation, framework);
        if (output is not null)
        {
            io.Out.WriteLine($"已写出 {output}");
        }

        return JixiaoCli.Ok;
    }
}
