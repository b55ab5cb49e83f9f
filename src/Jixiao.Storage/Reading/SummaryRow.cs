namespace Jixiao.Storage.Reading;

/// <summary>
/// One department's line of a year's summary (汇总表): its current revision's figures, its rank by score among the
/// year's departments (ties share a rank), and last year's score and execution rate beside this year's.
/// </summary>
internal sealed record SummaryRow(
    string Department, string? Code, int Revision, string Status,
    decimal? Initial, decimal? Adjusted, decimal? Actual, decimal? ExecutionRate, decimal? Score, string? Grade,
    int Errors, int Warnings, int Notes, int? Rank, decimal? PreviousScore, decimal? PreviousExecutionRate)
{
    public decimal? ScoreChange => Score - PreviousScore;

    public decimal? ExecutionRateChange => ExecutionRate - PreviousExecutionRate;
}
