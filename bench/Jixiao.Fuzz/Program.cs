using Jixiao.Fuzz;
using SharpFuzz;

// jixiao-fuzz TARGET            run under afl-fuzz (one input a run, read from standard input)
// jixiao-fuzz TARGET FILE...    read each file once in this process and say how it ended (to replay what AFL found;
//                               with a build that was not instrumented, such as the Debug one)
// jixiao-fuzz seeds DIR         write the starting inputs of every target into DIR/TARGET/
if (args is ["seeds", var directory])
{
    Seeds.Write(directory);
    return 0;
}

if (args.Length == 0 || !Targets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: jixiao-fuzz {string.Join('|', Targets.Names)} [FILE...] | seeds DIR");
    return 2;
}

var target = args[0];

if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        Targets.Read(target, bytes.ToArray());
    });
    return 0;
}

foreach (var file in args.Skip(1))
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var bytes = File.ReadAllBytes(file);
    Targets.Read(target, bytes);
    Console.WriteLine($"{file}: ok in {clock.ElapsedMilliseconds} ms");
}

return 0;
