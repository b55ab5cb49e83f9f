using System.CommandLine;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Interchange;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao check FILE [--json] [--rules RULES.json]`: reviews an evaluation (复核) and prints the findings.
/// Exit 0 without error findings, 1 with some, 2 on bad input.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliOutput io, Option<DirectoryInfo?> frameworksDir)
    {
        var file = new Argument<string>("FILE") { Description = "交换格式的自评文件（.json）" };
        var json = new Option<bool>("--json") { Description = "输出附有复核发现（findings）和复算值（computed）的交换格式 JSON" };
        var rules = new Option<string?>("--rules") { Description = "复核规则文件（JSON），覆盖默认的严重程度和阈值；jixiao rules --json 输出默认规则" };
        var frameworkId = new Option<string?>("--framework", "-f") { Description = "按此指标体系复算（默认取文件中的 framework）" };
        var command = new Command("check", "复核：检查合计、比率、得分、等级、超支、指标值和完整性，列出发现的问题。\n示例：jixiao check samples/beihu-emergency-2025.json") { file, json, rules, frameworkId };
        command.SetAction(parsed => Run(
            io, parsed.GetRequiredValue(file), parsed.GetValue(json), parsed.GetValue(rules), parsed.GetValue(frameworkId), parsed.GetValue(frameworksDir)));
        return command;
    }

    private static int Run(CliOutput io, string file, bool json, string? rulesFile, string? frameworkId, DirectoryInfo? frameworksDir)
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
        var framework = id is null ? null : catalog.Find(id);
        if (id is not null && framework is null)
        {
            return io.Fail(file, $"framework: {CliOutput.UnknownFramework(catalog, id)}");
        }

        var checkedEvaluation = EvaluationChecker.Check(evaluation, framework, rules);
        if (json)
        {
            io.Out.Write(InterchangeJson.Write(checkedEvaluation));
        }
        else
        {
            var title = string.Join(" ", new[] { evaluation.Department, evaluation.Year is { } year ? $"{year} 年度" : null }.OfType<string>());
            io.Out.WriteLine($"{file}{(title.Length > 0 ? " · " + title : "")}{(framework is null ? "" : " · " + framework.Name)}");
            FindingsReport.Write(io.Out, checkedEvaluation);
        }

        return EvaluationChecker.HasErrors(checkedEvaluation) ? JixiaoCli.Findings : JixiaoCli.Ok;
    }
}
