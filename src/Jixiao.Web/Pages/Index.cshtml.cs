using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages;

/// <summary>The list of evaluations the viewer may see, with filters and search; a department's users start a new one here.</summary>
public sealed class IndexModel : JixiaoPage
{
    internal ListFilter Filter { get; private set; } = new();

    internal IReadOnlyList<EvaluationListItem> Items { get; private set; } = [];

    internal IReadOnlyList<int> Years { get; private set; } = [];

    internal IReadOnlyList<Framework> Frameworks { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public int NextYear { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(int? year, string? state, string? grade, bool? withErrors, string? q)
    {
        Filter = new ListFilter(year, string.IsNullOrEmpty(state) ? null : state, string.IsNullOrEmpty(grade) ? null : grade, withErrors ?? false, q);
        await Load().ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostCreateAsync(int year, string framework)
    {
        var catalog = await Settings.Catalog(Aborted).ConfigureAwait(false);
        var chosen = catalog.Find(framework ?? "");
        var (id, problem) = chosen is null
            ? (null, "没有这个指标体系")
            : await Bureau.Create(Viewer, year, chosen, Settings, Aborted).ConfigureAwait(false);
        if (id is { } created)
        {
            return Redirect($"/Evaluations/{created}/Edit");
        }

        Problem = problem;
        await Load().ConfigureAwait(false);
        return Page();
    }

    private async Task Load()
    {
        var viewer = Viewer;
        var all = await Bureau.List(viewer, new ListFilter(), Aborted).ConfigureAwait(false);
        Years = [.. all.Select(i => i.Year).Distinct().OrderDescending()];
        Items = Filter == new ListFilter() ? all : await Bureau.List(viewer, Filter, Aborted).ConfigureAwait(false);
        CanCreate = EvaluationAccess.CanCreate(viewer);
        NextYear = DateTime.UtcNow.Year - 1;
        var catalog = await Settings.Catalog(Aborted).ConfigureAwait(false);
        Frameworks = [.. catalog.All.Where(f => f.Kind == EvaluationKind.Department)];
    }
}
