using Jixiao.Import.Workers;
using Jixiao.Storage;
using Jixiao.Storage.Entities;
using Jixiao.Storage.Saving;
using Jixiao.Web.Data;
using Jixiao.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// Reads the bureau's evaluations for the pages and the API, over Storage's DbContext and the web's own. Scoping by
/// department happens in SQL (<see cref="EvaluationAccess.DepartmentFilter"/>), so a list never loads what it may not show.
/// </summary>
internal sealed partial class BureauService(JixiaoStore store, WebDb web, WorkerPool readers)
{
    public JixiaoStore Store => store;

    public WebDb Web => web;

    public async Task<IReadOnlyList<EvaluationListItem>> List(Viewer viewer, ListFilter filter, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(filter);
        var department = EvaluationAccess.DepartmentFilter(viewer);
        await using var db = store.NewDb();
        var search = filter.Search?.Trim();
        var rows = await (from evaluation in db.Evaluations
                          join d in db.Departments on evaluation.DepartmentId equals d.Id
                          join revision in db.Revisions on new { Id = evaluation.Id, Number = evaluation.CurrentRevision } equals new { Id = revision.EvaluationId, revision.Number }
                          where (department == null || evaluation.DepartmentId == department)
                              && (filter.Year == null || evaluation.Year == filter.Year)
                              && (filter.Grade == null || revision.Grade == filter.Grade)
                              && (!filter.WithErrors || revision.Errors > 0)
                              && (string.IsNullOrEmpty(search) || d.Name.Contains(search) || evaluation.Project.Contains(search))
                          select new
                          {
                              evaluation.Id, d.Name, evaluation.Year, evaluation.Kind, evaluation.Project, evaluation.Status, evaluation.CurrentRevision,
                              revision.Adjusted, revision.Actual, revision.ExecutionRate, revision.Score, revision.Grade, revision.Errors, revision.Warnings, revision.Notes,
                          }).ToListAsync(cancellation).ConfigureAwait(false);
        var states = await States([.. rows.Select(r => r.Id)], cancellation).ConfigureAwait(false);
        return [.. rows
            .Select(r => new EvaluationListItem(r.Id, r.Name, r.Year, r.Kind, r.Project, states.GetValueOrDefault(r.Id) ?? WorkflowState.FromStorage(r.Status), r.CurrentRevision,
                Units.FromUnits(r.Adjusted), Units.FromUnits(r.Actual), Units.FromUnits(r.ExecutionRate), Units.FromUnits(r.Score), r.Grade, r.Errors, r.Warnings, r.Notes))
            .Where(item => EvaluationAccess.ShowsState(viewer, item.State) && (filter.State is null || item.State == filter.State))
            // By code point, as Storage orders names: a server's collation would order Chinese its own way.
            .OrderByDescending(item => item.Year).ThenBy(item => item.Department, StringComparer.Ordinal).ThenBy(item => item.Project, StringComparer.Ordinal)];
    }

    /// <summary>The facts access is decided on, or null when there is no such evaluation.</summary>
    public async Task<EvaluationFacts?> Facts(long id, CancellationToken cancellation = default)
    {
        await using var db = store.NewDb();
        var row = await (from evaluation in db.Evaluations
                         join d in db.Departments on evaluation.DepartmentId equals d.Id
                         where evaluation.Id == id
                         select new { evaluation.Id, evaluation.DepartmentId, d.Name, evaluation.Year, evaluation.Kind, evaluation.Project, evaluation.CurrentRevision, evaluation.Status })
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var state = await web.Workflow.Where(w => w.EvaluationId == id).Select(w => w.State).FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        return new EvaluationFacts(row.Id, row.DepartmentId, row.Name, row.Year, row.Kind, row.Project, row.CurrentRevision, state ?? WorkflowState.FromStorage(row.Status));
    }

    /// <summary>The facts with the viewer's permission for <paramref name="need"/>: the one entry point of pages and API.</summary>
    public async Task<(EvaluationFacts? Facts, Denial? Denial)> Access(Viewer? viewer, long id, Need need, CancellationToken cancellation = default)
    {
        var facts = viewer is null ? null : await Facts(id, cancellation).ConfigureAwait(false);
        var denial = EvaluationAccess.Check(viewer, facts, need);
        return denial is null ? (facts, null) : (null, denial);
    }

    /// <summary>A revision's interchange JSON exactly as saved (scored and reviewed when saved through the web), or null.</summary>
    public async Task<string?> RevisionJson(long id, int number, CancellationToken cancellation = default)
    {
        await using var db = store.NewDb();
        return await db.Revisions.Where(r => r.EvaluationId == id && r.Number == number).Select(r => r.Json)
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
    }

    public IReadOnlyList<RevisionInfo> History(long id)
    {
        using var db = store.NewDb();
        return Revisions.History(db, id);
    }

    public async Task<IReadOnlyList<WorkflowEvent>> Events(long id, CancellationToken cancellation = default) =>
        await web.WorkflowEvents.Where(e => e.EvaluationId == id).OrderBy(e => e.Id).ToListAsync(cancellation).ConfigureAwait(false);

    public async Task<IReadOnlyList<ReviewDecision>> Reviews(long id, CancellationToken cancellation = default)
    {
        await using var db = store.NewDb();
        return await db.Reviews.Where(r => r.EvaluationId == id).OrderBy(r => r.Id).ToListAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>The departments, for the administrator's pages and the demo.</summary>
    public async Task<IReadOnlyList<Department>> Departments(CancellationToken cancellation = default)
    {
        await using var db = store.NewDb();
        var all = await db.Departments.ToListAsync(cancellation).ConfigureAwait(false);
        return [.. all.OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    private async Task<Dictionary<long, string>> States(List<long> ids, CancellationToken cancellation) =>
        ids.Count == 0 ? [] : await web.Workflow.Where(w => ids.Contains(w.EvaluationId)).ToDictionaryAsync(w => w.EvaluationId, w => w.State, cancellation).ConfigureAwait(false);
}
