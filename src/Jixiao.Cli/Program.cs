using System.Text;
using Jixiao.Cli;

Console.OutputEncoding = Encoding.UTF8;
return JixiaoCli.Run(args, Console.Out, Console.Error, isTerminal: !Console.IsOutputRedirected, Console.OpenStandardInput());
