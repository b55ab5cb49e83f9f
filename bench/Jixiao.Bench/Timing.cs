using System.Diagnostics;

namespace Jixiao.Bench;

/// <summary>
/// A Stopwatch loop on the calling thread: untimed warm-up rounds first, so that tiered compilation has promoted the
/// hot methods (<see cref="s_minWarmup"/>), then timed rounds of <c>count</c> items each. A full collection before every
/// round keeps one round's garbage off the next one's clock; the collections a round itself causes are part of its time.
/// </summary>
internal static class Timing
{
    /// <summary>
    /// Tiered compilation takes a hot method through an instrumented tier (dynamic PGO) to optimised code, each step
    /// after 30 calls and 100 ms without new compilations. Measured on the check, rounds timed after a 1.5 s warm-up
    /// still ran at a third to half speed; after 3 s they were steady. On a single processor (a pinned run) the runtime
    /// stretches that quiet period tenfold, and the check then takes some 15 s to reach its steady speed. The first
    /// measurement of a process warms up this long; later ones reuse the same methods and need only their own rounds.
    /// </summary>
    private static readonly TimeSpan s_minWarmup = TimeSpan.FromSeconds(Environment.ProcessorCount == 1 ? 15 : 3);

    /// <summary>Warm-up rounds in a row none faster than the fastest so far (by 3%) that make the code steady.</summary>
    private const int SteadyRounds = 3;

    /// <summary>The longest warm-up, however much the rounds still improve.</summary>
    private static readonly TimeSpan s_maxWarmup = TimeSpan.FromSeconds(60);

    /// <summary>Time spent warming up in this process so far.</summary>
    private static readonly Stopwatch s_warming = new();

    /// <summary>Where the bodies' results go, so that no call can be dropped as unused.</summary>
    private static long s_sink;

    /// <summary>The sum of every body's result; read by no one, it only keeps the results in use.</summary>
    public static long Sink => s_sink;

    public static Measurement Measure(int count, BenchOptions options, Func<int, int> body) => Interleaved(count, options, [body])[0];

    /// <summary>Several variants taking turns round by round, so that a slow spell of the machine falls on all of them alike.</summary>
    public static Measurement[] Interleaved(int count, BenchOptions options, IReadOnlyList<Func<int, int>> bodies)
    {
        s_warming.Start();
        // Warm up until the rounds stop getting faster: on one pinned core the background compiler shares the core with
        // this loop, and promotion to optimised code takes many seconds rather than the three it takes on two.
        var fastest = double.MaxValue;
        var roundsSinceFaster = 0;
        for (var round = 0; options.Warmup > 0; round++)
        {
            var seconds = bodies.Sum(body => Round(count, body).Seconds);
            roundsSinceFaster = seconds < fastest * 0.97 ? 0 : roundsSinceFaster + 1;
            fastest = Math.Min(fastest, seconds);
            var steady = round + 1 >= options.Warmup && s_warming.Elapsed >= s_minWarmup && roundsSinceFaster >= SteadyRounds;
            if (steady || s_warming.Elapsed >= s_maxWarmup)
            {
                break;
            }
        }

        s_warming.Stop();

        var rounds = bodies.Select(_ => new Round[options.Rounds]).ToArray();
        for (var round = 0; round < options.Rounds; round++)
        {
            for (var variant = 0; variant < bodies.Count; variant++)
            {
                rounds[variant][round] = Round(count, bodies[variant]);
            }
        }

        return [.. rounds.Select(timed => Measurement.Of(count, timed))];
    }

    private static Round Round(int count, Func<int, int> body)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collectionsBefore = GC.CollectionCount(0);
        long sink = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            sink += body(i);
        }

        clock.Stop();
        s_sink += sink;
        return new Round(clock.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, GC.CollectionCount(0) - collectionsBefore);
    }
}
