using System.CommandLine;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao frameworks [ID]`: lists the frameworks, or shows one framework's tree.</summary>
internal static class FrameworksCommand
{
    public static Command Create(CliOutput io, Option<DirectoryInfo?> frameworksDir)
    {
        var id = new Argument<string?>("ID") { Description = "显示此指标体系的指标树", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "输出此指标体系的文件（JSON），可据此编写自己的指标体系" };
        var command = new Command("frameworks", "列出可用的指标体系，或显示一个指标体系的指标树。\n示例：jixiao frameworks guangzhou-department-2024") { id, json };
        command.SetAction(parsed => Run(io, parsed.GetValue(id), parsed.GetValue(json), parsed.GetValue(frameworksDir)));
        return command;
    }

    private static int Run(CliOutput io, string? id, bool json, DirectoryInfo? frameworksDir)
    {
        if (io.LoadCatalog(frameworksDir) is not { } catalog)
        {
            return JixiaoCli.BadInput;
        }

        if (id is null)
        {
            var table = new Table().AddColumns("编号", "名称", "类型", "一级指标（分值）");
            foreach (var framework in catalog.All)
            {
                var parts = string.Join("、", framework.Indicators.Select(node => $"{node.Name} {Number.Show(node.Weight)}"));
                table.AddRow(Markup.Escape(framework.Id), Markup.Escape(framework.Name), Kind(framework.Kind), Markup.Escape(parts));
            }

            io.Console.Write(table);
            return JixiaoCli.Ok;
        }

        if (catalog.Find(id) is not { } found)
        {
            return io.Fail(id, CliOutput.UnknownFramework(catalog, id));
        }

        if (json)
        {
            io.Out.Write(FrameworkCatalog.ToJson(found));
            return JixiaoCli.Ok;
        }

        var tree = new Tree($"{Markup.Escape(found.Name)}（{Number.Show(found.Total)} 分）");
        AddNodes(tree.AddNode, found.Indicators);
        io.Console.Write(tree);
        if (found.Description is { } description)
        {
            io.Console.WriteLine(description);
        }

        return JixiaoCli.Ok;
    }

    private static void AddNodes(Func<string, TreeNode> add, IReadOnlyList<FrameworkNode> nodes)
    {
        foreach (var node in nodes)
        {
            var weight = node.Weight is { } w ? $" {Number.Show(w)} 分" : "";
            var note = node.Open ? "（由部门设置指标）" : node.Target is { } target ? $"：{target}" : "";
            var aliases = node.Aliases.Count > 0 ? $"（又作：{string.Join("、", node.Aliases)}）" : "";
            var child = add(Markup.Escape($"{node.Name}{weight}{note}{aliases}"));
            AddNodes(child.AddNode, node.Children);
        }
    }

    private static string Kind(EvaluationKind kind) => kind == EvaluationKind.Project ? "项目支出" : "部门整体支出";
}
