namespace Jixiao.Bench;

/// <summary>
/// One benchmark, run as `jixiao-bench NAME [options]`: what it times, how many items a round has by default,
/// the switches it takes beyond the common --count, --rounds and --warmup, and the body that runs it.
/// </summary>
internal sealed record BenchCommand(
    string Name,
    string Summary,
    int DefaultCount,
    IReadOnlyList<string> Switches,
    Func<BenchOptions, TextWriter, TextWriter, int> Run);
