using Jixiao.Fuzz;
using SharpFuzz;

// jixiao-fuzz TARGET            run under afl-fuzz (one input a run, read from standard input)
// jixiao-fuzz TARGET FILE...    read each file once in this process and say how it ended (to replay what AFL found)
// jixiao-fuzz seeds DIR         write the starting inputs of every target into DIR/TARGET/
if (args is ["seeds", var directory])
{
    Seeds.Write(directory);
    return 0;
}

if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: jixiao-fuzz {string.Join('|', Targets.All.Keys)} [FILE...] | seeds DIR");
    return 2;
}

if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        target(bytes.ToArray());
    });
    return 0;
}

foreach (var file in args.Skip(1))
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    target(File.ReadAllBytes(file));
    Console.WriteLine($"{file}: ok in {clock.ElapsedMilliseconds} ms");
}

return 0;
