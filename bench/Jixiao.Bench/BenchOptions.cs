using System.Globalization;

namespace Jixiao.Bench;

/// <summary>The options every benchmark takes, plus the switches its <see cref="BenchCommand"/> declares.</summary>
internal sealed record BenchOptions(int Count, int Rounds, int Warmup, IReadOnlySet<string> Switches)
{
    public const int DefaultRounds = 3;

    public const int DefaultWarmup = 1;

    /// <summary>Bounds a typo (--count 1e9) to something that still ends.</summary>
    private const int MaxCount = 10_000_000;

    private const int MaxRounds = 100;

    public bool Has(string flag) => Switches.Contains(flag);

    public static (BenchOptions? Options, string? Problem) Parse(ReadOnlySpan<string> args, BenchCommand command)
    {
        var (count, rounds, warmup) = (command.DefaultCount, DefaultRounds, DefaultWarmup);
        var switches = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (command.Switches.Contains(arg))
            {
                switches.Add(arg);
                continue;
            }

            var (min, max) = arg switch
            {
                "--count" => (1, MaxCount),
                "--rounds" => (1, MaxRounds),
                "--warmup" => (0, MaxRounds),
                _ => (-1, -1),
            };
            if (max < 0)
            {
                return (null, $"unknown option: {arg}");
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || value < min || value > max)
            {
                return (null, FormattableString.Invariant($"{arg} takes a whole number from {min} to {max}"));
            }

            i++;
            if (arg == "--count")
            {
                count = value;
            }
            else if (arg == "--rounds")
            {
                rounds = value;
            }
            else
            {
                warmup = value;
            }
        }

        return (new BenchOptions(count, rounds, warmup, switches), null);
    }
}
