using Jixiao.Domain.Model;
using Jixiao.Storage.Entities;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Reviewing;
using Jixiao.Storage.Saving;
using Jixiao.Web.Data;
using Jixiao.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>Changes: new evaluations, new revisions, workflow steps and reviews, each audited.</summary>
internal sealed partial class BureauService
{
    /// <summary>
    /// Saves a new revision of an evaluation, scored and reviewed. Its identity (department, year, kind, project) is the
    /// stored one whatever the edited JSON says: an edit cannot move an evaluation into another department or year.
    /// </summary>
    public async Task<SaveOutcome> Save(Viewer viewer, EvaluationFacts facts, Evaluation edited, BureauSettings settings, int? basedOn, string reason,
        OriginalFile? file = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        var (prepared, _) = await settings.Prepare(Keyed(facts, edited), cancellation).ConfigureAwait(false);
        var outcome = store.Save(prepared, new SaveRequest(viewer.Name, string.IsNullOrWhiteSpace(reason) ? "在线编辑" : reason.Trim()) { BasedOn = basedOn, File = file });
        if (outcome is SaveOutcome.Saved saved)
        {
            await Step(viewer, facts, saved.Revision, file is null ? "保存" : "上传", WorkflowState.Draft, file is null ? reason : $"{reason}（{file.Name}）", cancellation).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>A blank evaluation of the viewer's department for a year, by a framework, as revision 1 in 草稿; or the problem.</summary>
    public async Task<(long? Id, string? Problem)> Create(Viewer viewer, int year, Domain.Frameworks.Framework framework, BureauSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(settings);
        if (viewer.DepartmentId is not { } departmentId || !EvaluationAccess.CanCreate(viewer))
        {
            return (null, "只有部门的填报人或审核人可以新建自评");
        }

        if (year is < 2000 or > 2100)
        {
            return (null, "年度应在 2000 到 2100 之间");
        }

        await using (var db = store.NewDb())
        {
            var department = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).FirstAsync(cancellation).ConfigureAwait(false);
            var kind = framework.Kind == EvaluationKind.Project ? "project" : "department";
            if (framework.Kind == EvaluationKind.Project)
            {
                return (null, "网页上新建的是部门整体支出自评；项目支出自评请上传自评表");
            }

            if (await db.Evaluations.AnyAsync(e => e.DepartmentId == departmentId && e.Year == year && e.Kind == kind && e.Project == "", cancellation).ConfigureAwait(false))
            {
                return (null, $"{department} {year} 年的部门整体支出自评已经存在");
            }

            var blank = Domain.Frameworks.BlankEvaluation.For(framework) with { Department = department, Year = year };
            var (prepared, _) = await settings.Prepare(blank, cancellation).ConfigureAwait(false);
            var outcome = store.Save(prepared, new SaveRequest(viewer.Name, "新建") { BasedOn = 0 });
            if (outcome is not SaveOutcome.Saved)
            {
                return (null, outcome is SaveOutcome.Refused refused ? refused.Problem : $"{department} {year} 年的部门整体支出自评已经存在");
            }
        }

        await using var again = store.NewDb();
        var id = await again.Evaluations.Where(e => e.DepartmentId == departmentId && e.Year == year && e.Kind == "department" && e.Project == "")
            .Select(e => e.Id).FirstAsync(cancellation).ConfigureAwait(false);
        var facts = (await Facts(id, cancellation).ConfigureAwait(false))!;
        await Step(viewer, facts with { State = "" }, 1, "新建", WorkflowState.Draft, "", cancellation).ConfigureAwait(false);
        return (id, null);
    }

    /// <summary>Moves the workflow from the state the caller saw to <paramref name="to"/>; false when someone else moved it first.</summary>
    public async Task<bool> Move(Viewer viewer, EvaluationFacts facts, string action, string to, string comment, CancellationToken cancellation = default) =>
        await Step(viewer, facts, facts.Revision, action, to, comment, cancellation).ConfigureAwait(false);

    /// <summary>The 复核人's decision on the current revision, recorded by Storage (reviews, audit), then the workflow moved.</summary>
    public async Task<string?> Review(Viewer viewer, EvaluationFacts facts, bool accepted, string opinion, decimal? score, string? reason, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(facts);
        var row = new EvaluationRow(facts.Id, facts.Department, null, facts.Year, facts.Kind, facts.Project, facts.State, facts.Revision, null, null, null, null, null, 0, 0, 0);
        var problem = Storage.Reviewing.Reviews.Record(store, row, new ReviewRequest(viewer.Name, facts.Revision, accepted, opinion ?? "") { AdjustedScore = score, Reason = reason });
        if (problem is not null)
        {
            return problem;
        }

        var moved = await Step(viewer, facts, facts.Revision, accepted ? "通过" : "退回", accepted ? WorkflowState.Approved : WorkflowState.Returned,
            opinion + (score is { } s ? $"（得分调整为 {Domain.Numbers.Number.Show(s)}：{reason}）" : ""), cancellation).ConfigureAwait(false);
        return moved ? null : "这份自评的状态刚被他人改变，请刷新后再试";
    }

    /// <summary>Moves the state (only from the one the caller saw), appends the event and the audit line.</summary>
    private async Task<bool> Step(Viewer viewer, EvaluationFacts facts, int revision, string action, string to, string comment, CancellationToken cancellation)
    {
        var now = store.Now;
        var changed = await web.Workflow.Where(w => w.EvaluationId == facts.Id && w.State == facts.State)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.State, to).SetProperty(w => w.At, now), cancellation).ConfigureAwait(false);
        if (changed == 0)
        {
            if (await web.Workflow.AnyAsync(w => w.EvaluationId == facts.Id, cancellation).ConfigureAwait(false))
            {
                return false;
            }

            web.Workflow.Add(new WorkflowEntry(facts.Id, to, now));
        }

        web.WorkflowEvents.Add(new WorkflowEvent(facts.Id, revision, now, viewer.Name, action, to, comment?.Trim() ?? ""));
        try
        {
            await web.SaveChangesAsync(cancellation).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another instance created the row first: it moved the workflow, this step did not happen.
            web.ChangeTracker.Clear();
            return false;
        }

        await using var db = store.NewDb();
        db.Audit.Add(new AuditEntry(now, viewer.Name, "workflow", $"{facts.Title} r{revision}", $"{action}：{facts.State} → {to}" + (string.IsNullOrWhiteSpace(comment) ? "" : $"（{comment.Trim()}）")));
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        return true;
    }

    /// <summary>An audit line for a change that is not an evaluation's: a framework, the rules, a user.</summary>
    public async Task AuditSetting(Viewer viewer, string action, string subject, string detail, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = store.NewDb();
        db.Audit.Add(new AuditEntry(store.Now, viewer.Name, action, subject, detail));
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
    }

    private static Evaluation Keyed(EvaluationFacts facts, Evaluation edited) => edited with
    {
        Department = facts.Department,
        Year = facts.Year,
        Kind = facts.IsProject ? EvaluationKind.Project : EvaluationKind.Department,
        Project = facts.IsProject ? (edited.Project ?? new ProjectInfo()) with { Name = facts.Project } : edited.Project,
    };
}
