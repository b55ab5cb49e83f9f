namespace Jixiao.Cli.Tests;

/// <summary>Runs `jixiao` in process, as a redirected (non-terminal) run, and keeps what it printed.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = JixiaoCli.Run(args, output, error, isTerminal: false);
        return (exit, output.ToString(), error.ToString());
    }
}
