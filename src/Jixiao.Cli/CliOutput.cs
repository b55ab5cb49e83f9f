using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, complaints to <see cref="Error"/>, tables to <see cref="Console"/>.</summary>
internal sealed class CliOutput
{
    public CliOutput(TextWriter output, TextWriter error, bool isTerminal, Stream? input = null)
    {
        Input = input ?? Stream.Null;
        IsTerminal = isTerminal;
        Out = output;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            // A file or pipe has no width: keep rows whole rather than wrap them at 80 columns.
            Console.Profile.Width = 200;
        }
    }

    public TextWriter Out { get; }

    /// <summary>Output goes to a terminal: progress may be drawn as a bar rather than written line by line.</summary>
    public bool IsTerminal { get; }

    /// <summary>Standard input, for `-` in place of a file name.</summary>
    public Stream Input { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>The built-in frameworks plus a user's folder of them, or null after printing why a file there cannot be used.</summary>
    public FrameworkCatalog? LoadCatalog(DirectoryInfo? frameworksDir)
    {
        var (catalog, problems) = InputFiles.LoadCatalog(frameworksDir);
        foreach (var problem in problems)
        {
            Error.WriteLine(problem);
        }

        return problems.Count == 0 ? catalog : null;
    }

    /// <summary>The review rules (a bureau's file over the defaults), or null after printing why the file cannot be used.</summary>
    public CheckRules? LoadRules(string? rulesFile)
    {
        var (rules, problems) = InputFiles.ReadRules(rulesFile);
        problems.ToList().ForEach(problem => Fail(rulesFile!, problem));
        return rules;
    }

    /// <summary>An evaluation file, or null after printing every problem with it.</summary>
    public Evaluation? ReadEvaluation(string file)
    {
        var (evaluation, problems) = InputFiles.ReadEvaluation(file);
        problems.ToList().ForEach(problem => Fail(file, problem));
        return evaluation;
    }

    /// <summary>The ids a user can choose from, for messages: "a、b、c".</summary>
    public static string Available(FrameworkCatalog catalog) => string.Join("、", catalog.All.Select(known => known.Id));

    public static string UnknownFramework(FrameworkCatalog catalog, string id) => $"未知的指标体系「{id}」（可用：{Available(catalog)}）";

    /// <summary>One line naming the file and the place, as every bad input gets.</summary>
    public int Fail(string file, string problem)
    {
        Error.WriteLine($"{file}: {problem}");
        return JixiaoCli.BadInput;
    }
}
