using Jixiao.Cli;

namespace Jixiao.Tests;

/// <summary>Runs `jixiao` in process (the class is not named Cli, which Jixiao.Cli.Tests would read as the namespace), as a redirected (non-terminal) run, and keeps what it printed.</summary>
internal static class InProcess
{
    public static (int Exit, string Out, string Error) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>The same, with <paramref name="input"/> as standard input (for `-` in place of a file).</summary>
    public static (int Exit, string Out, string Error) RunWithInput(Stream? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = JixiaoCli.Run(args, output, error, isTerminal: false, input);
        return (exit, output.ToString(), error.ToString());
    }
}
