using System.CommandLine;
using Jixiao.Cli.Commands;

namespace Jixiao.Cli;

/// <summary>The `jixiao` command: its subcommands and the exit codes every one of them keeps.</summary>
internal static class JixiaoCli
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The review found errors (`jixiao check`).</summary>
    public const int Findings = 1;

    /// <summary>A bug in Jixiao: kept apart from 1 so that a crash never reads as "error findings".</summary>
    public const int InternalError = 3;

    /// <summary>Bad input: a file that cannot be read or used. Nothing is written.</summary>
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool isTerminal, Stream? input = null)
    {
        var io = new CliOutput(output, error, isTerminal, input);
        var frameworksDir = new Option<DirectoryInfo?>("--frameworks-dir")
        {
            Description = "再加载此目录下的指标体系文件（*.json）",
            Recursive = true,
        };
        var root = new RootCommand("绩效 Jixiao：部门整体支出绩效自评的建模、计分与复核")
        {
            frameworksDir,
            ScoreCommand.Create(io, frameworksDir),
            FrameworksCommand.Create(io, frameworksDir),
            NewCommand.Create(io, frameworksDir),
            CheckCommand.Create(io, frameworksDir),
            RulesCommand.Create(io),
            ExtractCommand.Create(io),
            ImportCommand.Create(io),
            RenderCommand.Create(io, frameworksDir),
            TemplateCommand.Create(io, frameworksDir),
            Commands.Db.DbCommand.Create(io),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("用法见 jixiao --help");
            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            error.WriteLine($"jixiao 内部错误（请报告此问题）：{exception}");
            return InternalError;
        }
    }
}
