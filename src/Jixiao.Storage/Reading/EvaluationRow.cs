namespace Jixiao.Storage.Reading;

/// <summary>
/// One evaluation as `db list` shows it, with its current revision's figures (amounts in 万元, rates in percent,
/// converted back from the stored integers without trailing zeros).
/// </summary>
internal sealed record EvaluationRow(
    long Id, string Department, string? Code, int Year, string Kind, string Project, string Status, int Revision,
    decimal? Adjusted, decimal? Actual, decimal? ExecutionRate, decimal? Score, string? Grade, int Errors, int Warnings, int Notes);
