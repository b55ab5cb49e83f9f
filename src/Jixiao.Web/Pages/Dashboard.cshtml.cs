using Jixiao.Storage.Analyses;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Reports;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages;

/// <summary>
/// The bureau's dashboard for a year: the ranking beside last year (Storage's 汇总表), charts of grades and execution
/// rates, and one of the analyses; filtered by workflow state, grade and flagged departments (with errors).
/// </summary>
public sealed class DashboardModel : JixiaoPage
{
    internal int Year { get; private set; }

    internal IReadOnlyList<int> Years { get; private set; } = [];

    internal string? State { get; private set; }

    internal string? Grade { get; private set; }

    internal bool Flagged { get; private set; }

    internal IReadOnlyList<(SummaryRow Row, string State, long Id)> Rows { get; private set; } = [];

    internal Analysis Analysis { get; private set; } = AnalysisCatalog.All[0];

    internal Sheet Sheet { get; private set; } = new("", [], []);

    public async Task<IActionResult> OnGetAsync(int? year, string? state, string? grade, bool? flagged, string? analysis)
    {
        if (!EvaluationAccess.IsBureau(Viewer))
        {
            return Forbid();
        }

        var all = await Bureau.List(Viewer, new ListFilter(), Aborted).ConfigureAwait(false);
        Years = [.. all.Select(i => i.Year).Distinct().OrderDescending()];
        Year = year ?? (Years.Count > 0 ? Years[0] : DateTime.UtcNow.Year - 1);
        (State, Grade, Flagged) = (string.IsNullOrEmpty(state) ? null : state, string.IsNullOrEmpty(grade) ? null : grade, flagged ?? false);
        var items = all.Where(i => i.Year == Year && i.Kind == "department").ToDictionary(i => i.Department, StringComparer.Ordinal);
        using var db = Bureau.Store.NewDb();
        Rows = [.. YearSummary.Of(db, Year)
            .Where(row => items.ContainsKey(row.Department))
            .Select(row => (row, items[row.Department].State, items[row.Department].Id))
            .Where(r => (State is null || r.State == State) && (Grade is null || r.row.Grade == Grade) && (!Flagged || r.row.Errors > 0))];
        Analysis = AnalysisCatalog.Find(analysis ?? "") ?? AnalysisCatalog.All[0];
        Sheet = Analysis.Run(db, Year);
        return Page();
    }
}
