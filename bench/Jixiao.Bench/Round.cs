namespace Jixiao.Bench;

/// <summary>One timed round: its time, the bytes its thread allocated, and the gen0 collections it caused.</summary>
internal readonly record struct Round(double Seconds, long AllocatedBytes, int Collections);
