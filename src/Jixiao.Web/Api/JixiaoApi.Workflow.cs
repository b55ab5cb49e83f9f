using Jixiao.Storage.Saving;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

internal static partial class JixiaoApi
{
    private static void MapWorkflow(RouteGroupBuilder api)
    {
        api.MapPost("/evaluations/{id:long}/submit", Submit).WithSummary("审核人提交（草稿或退回修改 → 已提交）");
        api.MapPost("/evaluations/{id:long}/review", Review).WithSummary("复核人复核当前版本：通过或退回，可调整得分（须写理由）");
        api.MapPost("/evaluations/{id:long}/publish", Publish).WithSummary("发布已通过的自评");
        api.MapGet("/evaluations/{id:long}/events", Events).WithSummary("流程记录和意见");
        api.MapGet("/evaluations/{id:long}/diff", Diff).WithSummary("两个版本之间改动的字段（默认：当前版与上一版）");
    }

    private static Task<Results<Ok, ProblemHttpResult>> Submit(long id, StepRequest body, HttpContext http, BureauService bureau, CancellationToken cancellation) =>
        Step(id, Need.Submit, "提交", WorkflowState.Submitted, body.Comment, http, bureau, cancellation);

    private static Task<Results<Ok, ProblemHttpResult>> Publish(long id, StepRequest body, HttpContext http, BureauService bureau, CancellationToken cancellation) =>
        Step(id, Need.Publish, "发布", WorkflowState.Published, body.Comment, http, bureau, cancellation);

    private static async Task<Results<Ok, ProblemHttpResult>> Step(long id, Need need, string action, string to, string? comment, HttpContext http, BureauService bureau, CancellationToken cancellation)
    {
        var viewer = Viewer.From(http.User);
        var (facts, denial) = await bureau.Access(viewer, id, need, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        return await bureau.Move(viewer!, facts, action, to, comment ?? "", cancellation).ConfigureAwait(false)
            ? TypedResults.Ok()
            : Problem(StatusCodes.Status409Conflict, "状态已改变", "这份自评的状态刚被他人改变，请刷新后再试");
    }

    private static async Task<Results<Ok, ProblemHttpResult>> Review(long id, ReviewBody body, HttpContext http, BureauService bureau, CancellationToken cancellation)
    {
        var viewer = Viewer.From(http.User);
        var (facts, denial) = await bureau.Access(viewer, id, Need.Review, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        var problem = await bureau.Review(viewer!, facts, body.Accepted, body.Opinion, body.AdjustedScore, body.Reason, cancellation).ConfigureAwait(false);
        return problem is null ? TypedResults.Ok() : Problem(StatusCodes.Status400BadRequest, "不能复核", problem);
    }

    private static async Task<Results<Ok<IReadOnlyList<Data.WorkflowEvent>>, ProblemHttpResult>> Events(long id, HttpContext http, BureauService bureau, CancellationToken cancellation)
    {
        var (facts, denial) = await bureau.Access(Viewer.From(http.User), id, Need.Read, cancellation).ConfigureAwait(false);
        return facts is null ? Problem(denial!) : TypedResults.Ok(await bureau.Events(id, cancellation).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<RevisionDiff>, ProblemHttpResult>> Diff(long id, int? from, int? to, HttpContext http, BureauService bureau, CancellationToken cancellation)
    {
        var (facts, denial) = await bureau.Access(Viewer.From(http.User), id, Need.Read, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        // By default the current revision against the one before it.
        var (older, newer) = (from ?? Math.Max(1, facts.Revision - 1), to ?? facts.Revision);
        var before = await bureau.RevisionJson(id, older, cancellation).ConfigureAwait(false);
        var after = await bureau.RevisionJson(id, newer, cancellation).ConfigureAwait(false);
        return before is null || after is null
            ? Problem(StatusCodes.Status404NotFound, "未找到", $"没有第 {(before is null ? older : newer)} 版")
            : TypedResults.Ok(new RevisionDiff(older, newer, JsonDiff.Paths(before, after)));
    }
}
