using System.CommandLine;
using Jixiao.Domain.Interchange;
using Jixiao.Import;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao extract FILE|- [--json] [--provenance] [-o OUT]`: reads a report or table (Word, PDF, Excel or text) into
/// the interchange JSON, reviewed. Exit 0 when the file was read (whatever it holds), 2 when it cannot be.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliOutput io)
    {
        var file = new Argument<string>("FILE") { Description = "自评报告或自评表：Word（.docx/.doc/.wps）、PDF、Excel（.xlsx/.xls/.et）、.rtf、.html 或文本（.txt/.md，UTF-8 或 GB18030）；- 表示标准输入" };
        var json = new Option<bool>("--json") { Description = "输出交换格式 JSON（含复核发现 findings）" };
        var provenance = new Option<bool>("--provenance") { Description = "在 JSON 中附上每个取值的来源（页、行或段落、表格单元格、原文）" };
        var output = new Option<string?>("--output", "-o") { Description = "把交换格式 JSON 写入此文件" };
        var rules = new Option<string?>("--rules") { Description = "复核规则文件（JSON），见 jixiao rules" };
        var workerStack = ImportCommand.WorkerStackOption();
        var command = new Command("extract", "从自评报告或自评表（Word、PDF、Excel、文本）中提取数据，并复核。\n示例：jixiao extract 区教育局自评报告.docx -o 区教育局.json")
        {
            file, json, provenance, output, rules, workerStack,
        };
        command.SetAction(parsed => Run(
            io, parsed.GetRequiredValue(file), parsed.GetValue(json), parsed.GetValue(provenance), parsed.GetValue(output), parsed.GetValue(rules), parsed.GetValue(workerStack)));
        return command;
    }

    private static int Run(CliOutput io, string file, bool json, bool provenance, string? output, string? rulesFile, int workerStack)
    {
        if (io.LoadRules(rulesFile) is not { } rules)
        {
            return JixiaoCli.BadInput;
        }

        var options = new ExtractionOptions { Rules = rules, Provenance = provenance };
        byte[]? input = null;
        if (file == "-")
        {
            (input, var problem) = InputFiles.ReadAll(io.Input, options.MaxBytes);
            if (input is null)
            {
                return io.Fail(file, problem!);
            }
        }

        var result = OneDocument.Read(file, input, options, ImportCommand.Workers(workerStack));

        if (result.Evaluation is not { } evaluation)
        {
            return io.Fail(file, result.Problem!);
        }

        var text = InterchangeJson.Write(evaluation);
        if (output is not null && InputFiles.WriteAtomically(output, text) is { } writeProblem)
        {
            return io.Fail(output, writeProblem);
        }

        if (json)
        {
            io.Out.Write(text);
        }
        else
        {
            ExtractSummary.Write(io.Out, file, evaluation);
            if (output is not null)
            {
                io.Out.WriteLine($"已写出 {output}");
            }
        }

        return JixiaoCli.Ok;
    }
}
