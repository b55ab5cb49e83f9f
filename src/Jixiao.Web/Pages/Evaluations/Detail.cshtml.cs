using System.Globalization;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Storage.Entities;
using Jixiao.Storage.Saving;
using Jixiao.Web.Data;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>One evaluation: its figures and findings, the workflow's next steps for this viewer, downloads, history and comments.</summary>
public sealed class DetailModel : JixiaoPage
{
    internal Evaluation Evaluation { get; private set; } = new();

    internal IReadOnlyList<RevisionInfo> History { get; private set; } = [];

    internal IReadOnlyList<WorkflowEvent> Events { get; private set; } = [];

    internal IReadOnlyList<ReviewDecision> Reviews { get; private set; } = [];

    internal bool CanEdit { get; private set; }

    internal bool CanSubmit { get; private set; }

    internal bool CanReview { get; private set; }

    internal bool CanPublish { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id) => await Require(id, Need.Read).ConfigureAwait(false) ?? await Load().ConfigureAwait(false);

    public async Task<IActionResult> OnPostSubmitAsync(long id, string? comment) =>
        await Require(id, Need.Submit).ConfigureAwait(false) ?? await Moved(await Bureau.Move(Viewer, Facts, "提交", WorkflowState.Submitted, comment ?? "", Aborted).ConfigureAwait(false)).ConfigureAwait(false);

    public async Task<IActionResult> OnPostPublishAsync(long id, string? comment) =>
        await Require(id, Need.Publish).ConfigureAwait(false) ?? await Moved(await Bureau.Move(Viewer, Facts, "发布", WorkflowState.Published, comment ?? "", Aborted).ConfigureAwait(false)).ConfigureAwait(false);

    public async Task<IActionResult> OnPostReviewAsync(long id, string decision, string? opinion, string? score, string? reason)
    {
        if (await Require(id, Need.Review).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        decimal? adjusted = null;
        if (!string.IsNullOrWhiteSpace(score))
        {
            if (!decimal.TryParse(score.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                Problem = $"调整后的得分「{score}」不是数字";
                return await Load().ConfigureAwait(false);
            }

            adjusted = parsed;
        }

        Problem = await Bureau.Review(Viewer, Facts, decision == "approve", opinion ?? "", adjusted, reason, Aborted).ConfigureAwait(false);
        return Problem is null ? Redirect($"/Evaluations/{id}") : await Load().ConfigureAwait(false);
    }

    private async Task<IActionResult> Moved(bool moved)
    {
        if (moved)
        {
            return Redirect($"/Evaluations/{Facts.Id}");
        }

        Problem = "这份自评的状态刚被他人改变，请刷新后再试";
        return await Load().ConfigureAwait(false);
    }

    private async Task<IActionResult> Load()
    {
        var json = await Bureau.RevisionJson(Facts.Id, Facts.Revision, Aborted).ConfigureAwait(false);
        Evaluation = json is null ? new Evaluation() : InterchangeJson.Read(json).Value ?? new Evaluation();
        History = Bureau.History(Facts.Id);
        Events = await Bureau.Events(Facts.Id, Aborted).ConfigureAwait(false);
        Reviews = await Bureau.Reviews(Facts.Id, Aborted).ConfigureAwait(false);
        CanEdit = EvaluationAccess.Check(Viewer, Facts, Need.Edit) is null;
        CanSubmit = EvaluationAccess.Check(Viewer, Facts, Need.Submit) is null;
        CanReview = EvaluationAccess.Check(Viewer, Facts, Need.Review) is null;
        CanPublish = EvaluationAccess.Check(Viewer, Facts, Need.Publish) is null;
        return Page();
    }
}
