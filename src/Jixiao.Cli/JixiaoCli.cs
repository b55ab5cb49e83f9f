using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
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
        // System.CommandLine's own words (用法, 选项, 默认值, 必需, its parse errors) come from its Simplified Chinese
        // resources; only the UI culture changes, never the culture numbers are formatted in, and it is put back after.
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            return RunCommand(args, output, error, isTerminal, input);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static int RunCommand(string[] args, TextWriter output, TextWriter error, bool isTerminal, Stream? input)
    {
        var io = new CliOutput(output, error, isTerminal, input);
        var frameworksDir = new Option<DirectoryInfo?>("--frameworks-dir")
        {
            Description = "再加载此目录下的指标体系文件（*.json）",
            Recursive = true,
        };
        var root = new RootCommand("绩效 Jixiao：部门整体支出绩效自评的建模、计分与复核。\n示例：jixiao check samples/beihu-emergency-2025.json")
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
            WorkerCommand.Create(),
        };

        // The zh-Hans resources leave these two in English.
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => "显示帮助和用法",
                VersionOption => "显示版本",
                _ => option.Description,
            };
        }

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

        if (parsed.Action is HelpAction)
        {
            // System.CommandLine's Chinese leaves some of its headings in English; the help is written, then said in Chinese.
            using var help = new StringWriter();
            var exit = parsed.Invoke(new InvocationConfiguration { Output = help, Error = error, EnableDefaultExceptionHandler = false });
            output.Write(HelpWords.Chinese(help.ToString()));
            return exit;
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
