using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, complaints to <see cref="Error"/>, tables to <see cref="Console"/>.</summary>
internal sealed class CliOutput
{
    public CliOutput(TextWriter output, TextWriter error, bool isTerminal)
    {
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

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>One line naming the file and the place, as every bad input gets.</summary>
    public int Fail(string file, string problem)
    {
        Error.WriteLine($"{file}: {problem}");
        return JixiaoCli.BadInput;
    }
}
