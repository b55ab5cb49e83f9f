namespace Jixiao.Web.Services;

/// <summary>The list page's filters: a year, a workflow state, a grade, only those with errors, and words found in the department's or project's name.</summary>
internal sealed record ListFilter(int? Year = null, string? State = null, string? Grade = null, bool WithErrors = false, string? Search = null);
