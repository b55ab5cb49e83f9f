namespace Jixiao.Bench;

/// <summary>The timed rounds of one scenario, <see cref="Count"/> items each; the median round is the figure to quote.</summary>
internal sealed record Measurement(int Count, IReadOnlyList<double> Seconds, double AllocatedBytesPerItem, double CollectionsPerThousand)
{
    public static Measurement Of(int count, IReadOnlyList<Round> rounds)
    {
        var items = (double)count * rounds.Count;
        return new Measurement(
            count,
            [.. rounds.Select(round => round.Seconds)],
            rounds.Sum(round => round.AllocatedBytes) / items,
            rounds.Sum(round => round.Collections) * 1000 / items);
    }

    /// <summary>Items per second in the median round.</summary>
    public double PerSecond => Count / Median(Seconds);

    /// <summary>Items per second in the slowest and the fastest round.</summary>
    public (double Slowest, double Fastest) Range => (Count / Seconds.Max(), Count / Seconds.Min());

    /// <summary>Microseconds per item in the median round.</summary>
    public double MicrosecondsPerItem => Median(Seconds) * 1e6 / Count;

    /// <summary>Microseconds per item in the fastest round: the least disturbed by other load, for comparing variants.</summary>
    public double FastestMicrosecondsPerItem => Seconds.Min() * 1e6 / Count;

    /// <summary>The middle value (the mean of the two middle ones for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
