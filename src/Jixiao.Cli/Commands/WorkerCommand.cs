using System.CommandLine;
using Jixiao.Import.Workers;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao worker` (hidden): the process `import` reads documents in (see <see cref="WorkerPool"/>), speaking
/// <see cref="WorkerLoop"/>'s protocol on its standard input and output; not for people.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var stack = new Option<int>("--stack-bytes") { DefaultValueFactory = _ => WorkerStart.DefaultStackBytes };
        var command = new Command("worker", "（内部）读取文件的工作进程") { Hidden = true };
        command.Options.Add(stack);
        command.SetAction(parsed => WorkerLoop.Serve(Console.OpenStandardInput(), Console.OpenStandardOutput(), parsed.GetValue(stack)));
        return command;
    }
}
