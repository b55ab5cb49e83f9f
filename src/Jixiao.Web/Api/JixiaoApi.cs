using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// The REST API (/api, described at /openapi/v1.json, browsed at /api/reference): the same operations as the pages, on
/// the interchange JSON, errors as ProblemDetails. Every evaluation endpoint asks <see cref="BureauService.Access"/>.
/// Changes need the antiforgery token in the X-CSRF-TOKEN header, as the pages' script sends it.
/// </summary>
internal static partial class JixiaoApi
{
    public static IEndpointRouteBuilder MapJixiaoApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/ping", () => TypedResults.Text("ok")).AllowAnonymous().WithTags("服务").WithSummary("探活：不读数据库（基准测试的参照）");
        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter(ValidateAntiforgery).WithTags("自评");
        api.MapGet("/evaluations", List).WithSummary("自评列表（按本人权限范围）");
        api.MapGet("/evaluations/{id:long}", Get).WithSummary("当前版本的交换格式 JSON（含复算值 computed 和复核发现 findings）");
        api.MapGet("/evaluations/{id:long}/revisions", History).WithSummary("全部版本：谁、何时、为何保存");
        api.MapGet("/evaluations/{id:long}/revisions/{number:int}", GetRevision).WithSummary("某一版本的交换格式 JSON");
        MapChanges(api);
        MapWorkflow(api);
        MapDocuments(api);
        MapBureau(api);
        return app;
    }

    private static async ValueTask<object?> ValidateAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "缺少或无效的防伪令牌",
                    detail: "修改类请求须在 X-CSRF-TOKEN 头中带上页面给出的防伪令牌");
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    private static async Task<Ok<IReadOnlyList<EvaluationListItem>>> List(HttpContext http, BureauService bureau,
        int? year, string? state, string? grade, bool? withErrors, string? q, CancellationToken cancellation)
    {
        var viewer = Viewer.From(http.User)!;
        return TypedResults.Ok(await bureau.List(viewer, new ListFilter(year, state, grade, withErrors ?? false, q), cancellation).ConfigureAwait(false));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(long id, HttpContext http, ReadFacts read, ScoredViews views, CancellationToken cancellation)
    {
        // The hot path (bench/README.md, `web`): one statement for the access decision, the JSON from the per-revision cache.
        var viewer = Viewer.From(http.User);
        var facts = viewer is null ? null : await read.Find(id, cancellation).ConfigureAwait(false);
        if (EvaluationAccess.Check(viewer, facts, Need.Read) is { } denial)
        {
            return Problem(denial);
        }

        var bureau = http.RequestServices.GetRequiredService<BureauService>();
        var bytes = await views.Get(bureau, id, facts!.Revision, cancellation).ConfigureAwait(false);
        return bytes is null ? Problem(Denial.NotFound) : TypedResults.File(bytes, "application/json; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetRevision(long id, int number, HttpContext http, BureauService bureau, ScoredViews views, CancellationToken cancellation)
    {
        var (facts, denial) = await bureau.Access(Viewer.From(http.User), id, Need.Read, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        var bytes = await views.Get(bureau, id, number, cancellation).ConfigureAwait(false);
        return bytes is null ? Problem(new Denial(StatusCodes.Status404NotFound, "未找到", $"没有第 {number} 版")) : TypedResults.File(bytes, "application/json; charset=utf-8");
    }

    private static async Task<Results<Ok<IReadOnlyList<Storage.Saving.RevisionInfo>>, ProblemHttpResult>> History(long id, HttpContext http, BureauService bureau, CancellationToken cancellation)
    {
        var (facts, denial) = await bureau.Access(Viewer.From(http.User), id, Need.Read, cancellation).ConfigureAwait(false);
        return facts is null ? Problem(denial!) : TypedResults.Ok(bureau.History(id));
    }

    internal static ProblemHttpResult Problem(Denial denial) =>
        TypedResults.Problem(statusCode: denial.Status, title: denial.Title, detail: denial.Detail);

    internal static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
