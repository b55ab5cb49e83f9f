namespace Jixiao.Storage.Entities;

/// <summary>The figures of a revision that SQL queries read, scaled (<see cref="Units"/>); taken from the evaluation when it is saved.</summary>
internal sealed record RevisionFigures(
    long? Initial, long? Adjusted, long? Actual, long? ExecutionRate, long? AdjustmentRate,
    long? Score, long? ComputedScore, string? Grade, int Errors, int Warnings, int Notes);
