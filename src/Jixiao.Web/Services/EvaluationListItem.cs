namespace Jixiao.Web.Services;

/// <summary>One line of the list page and of GET /api/evaluations: amounts in 万元, rates in percent, as stored.</summary>
internal sealed record EvaluationListItem(
    long Id, string Department, int Year, string Kind, string Project, string State, int Revision,
    decimal? Adjusted, decimal? Actual, decimal? ExecutionRate, decimal? Score, string? Grade, int Errors, int Warnings, int Notes);
