using System.CommandLine;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Numbers;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao rules [--json] [--rules FILE]`: lists the review rules with their severities and thresholds.</summary>
internal static class RulesCommand
{
    public static Command Create(CliOutput io)
    {
        var json = new Option<bool>("--json") { Description = "输出规则文件（JSON），可据此编写本地的复核规则" };
        var rules = new Option<string?>("--rules") { Description = "显示此规则文件叠加在默认规则上的结果" };
        var command = new Command("rules", "列出复核规则：编号、严重程度、阈值和检查内容。\n示例：jixiao rules --json > 本局复核规则.json") { json, rules };
        command.SetAction(parsed => Run(io, parsed.GetValue(json), parsed.GetValue(rules)));
        return command;
    }

    private static int Run(CliOutput io, bool json, string? rulesFile)
    {
        if (io.LoadRules(rulesFile) is not { } rules)
        {
            return JixiaoCli.BadInput;
        }

        if (json)
        {
            io.Out.Write(CheckRules.ToJson(rules));
            return JixiaoCli.Ok;
        }

        var table = new Table().AddColumns("编号", "严重程度", "检查内容", "字段", "阈值");
        foreach (var rule in RuleCatalog.All)
        {
            var settings = rules.For(rule.Code);
            var severity = settings.Enabled == false ? "停用" : FindingsReport.Name(settings.Severity!.Value);
            var limits = string.Join("，", settings.Limits.Select(pair => $"{pair.Key} = {Number.Show(pair.Value)}"));
            table.AddRow(rule.Code, severity, Markup.Escape(rule.Title), Markup.Escape(rule.Fields), Markup.Escape(limits));
        }

        io.Console.Write(table);
        if (rules.Description is { } description)
        {
            io.Console.WriteLine(description);
        }

        return JixiaoCli.Ok;
    }
}
