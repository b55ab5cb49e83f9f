using System.Text;
using Jixiao.Bench;

Console.OutputEncoding = Encoding.UTF8;
return BenchCli.Run(args, Console.Out, Console.Error);
