using System.Globalization;
using Jixiao.Domain.Model;

namespace Jixiao.Cli;

/// <summary>
/// The time `jixiao render` stamps into a package: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
/// else the evaluation's report date, else 1980-01-01 (the earliest a zip can carry). Never the wall clock, so that
/// rendering the same file twice gives the same bytes.
/// </summary>
internal sealed class RenderClock(DateTimeOffset time) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => time;

    public static RenderClock For(Evaluation evaluation)
    {
        if (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { } epoch
            && long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
        {
            return new RenderClock(DateTimeOffset.FromUnixTimeSeconds(seconds));
        }

        return new RenderClock(evaluation.Date is { } date
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
