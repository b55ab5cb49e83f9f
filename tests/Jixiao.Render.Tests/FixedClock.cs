namespace Jixiao.Render.Tests;

/// <summary>A clock that always reads the same time: renders are compared byte for byte.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
