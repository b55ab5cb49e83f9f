using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Storage.Saving;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

internal static partial class JixiaoApi
{
    /// <summary>An evaluation as interchange JSON is at most this long (a real one is 7–40 KB).</summary>
    private const int MaxJsonBytes = 2 * 1024 * 1024;

    private static void MapChanges(RouteGroupBuilder api)
    {
        api.MapPost("/evaluations", Create).WithSummary("新建本部门某年度的部门整体支出自评（草稿）");
        api.MapPut("/evaluations/{id:long}", Save).Accepts<object>("application/json").WithSummary("保存为新版本（basedOn：基于第几版；他人已在其后保存则 409）");
        api.MapPost("/evaluations/{id:long}/check", Check).Accepts<object>("application/json").WithSummary("计分并复核（不保存）：编辑时实时重算");
        api.MapPost("/evaluations/{id:long}/uploads", UploadDocument).DisableAntiforgery()
            .WithSummary("上传报告或 zip：提取后待核对（不保存）");
        api.MapGet("/evaluations/{id:long}/uploads/{uploadId:long}", GetUpload).WithSummary("待核对的提取结果（含每个取值的来源 provenance）");
        api.MapPost("/evaluations/{id:long}/uploads/{uploadId:long}/confirm", ConfirmUpload).Accepts<object>("application/json")
            .WithSummary("核对后保存：请求体为更正后的交换格式 JSON（空则按提取结果）");
    }

    private static async Task<Results<Created<NewEvaluation>, ProblemHttpResult>> Create(CreateRequest body, HttpContext http, BureauService bureau, BureauSettings settings, CancellationToken cancellation)
    {
        var viewer = Viewer.From(http.User);
        if (!EvaluationAccess.CanCreate(viewer))
        {
            return Problem(StatusCodes.Status403Forbidden, "无权操作", "只有部门的填报人或审核人可以新建自评");
        }

        var framework = (await settings.Catalog(cancellation).ConfigureAwait(false)).Find(body.Framework ?? "");
        if (framework is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "没有这个指标体系", $"未知的指标体系「{body.Framework}」");
        }

        var (id, problem) = await bureau.Create(viewer!, body.Year, framework, settings, cancellation).ConfigureAwait(false);
        return id is { } created
            ? TypedResults.Created($"/api/evaluations/{created}", new NewEvaluation(created, 1))
            : Problem(StatusCodes.Status409Conflict, "不能新建", problem!);
    }

    private static async Task<Results<Ok<SavedRevision>, ProblemHttpResult>> Save(long id, int? basedOn, string? reason, HttpContext http, BureauService bureau, BureauSettings settings, CancellationToken cancellation)
    {
        var viewer = Viewer.From(http.User);
        var (facts, denial) = await bureau.Access(viewer, id, Need.Edit, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        var (evaluation, invalid) = await ReadEvaluation(http.Request, cancellation).ConfigureAwait(false);
        if (evaluation is null)
        {
            return invalid!;
        }

        var outcome = await bureau.Save(viewer!, facts, evaluation, settings, basedOn ?? facts.Revision, reason ?? "在线编辑", null, cancellation).ConfigureAwait(false);
        return SaveResult(id, outcome);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Check(long id, HttpContext http, BureauService bureau, BureauSettings settings, CancellationToken cancellation)
    {
        var (facts, denial) = await bureau.Access(Viewer.From(http.User), id, Need.Read, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        var (evaluation, invalid) = await ReadEvaluation(http.Request, cancellation).ConfigureAwait(false);
        if (evaluation is null)
        {
            return invalid!;
        }

        var (prepared, _) = await settings.Prepare(evaluation, cancellation).ConfigureAwait(false);
        return TypedResults.Text(InterchangeJson.Write(prepared), "application/json; charset=utf-8");
    }

    private static async Task<Results<Created<UploadReceived>, ProblemHttpResult>> UploadDocument(long id, IFormFile file, HttpContext http, BureauService bureau, BureauSettings settings,
        WebOptions options, CancellationToken cancellation)
    {
        var viewer = Viewer.From(http.User);
        var (facts, denial) = await bureau.Access(viewer, id, Need.Edit, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        if (file.Length > options.MaxUploadBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "文件太大", $"文件不能超过 {options.MaxUploadMegabytes} MB");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellation).ConfigureAwait(false);
        var (upload, problem) = await bureau.Receive(viewer!, facts, file.FileName, buffer.ToArray(), settings, cancellation).ConfigureAwait(false);
        return upload is null
            ? Problem(StatusCodes.Status422UnprocessableEntity, "读取失败", problem!)
            : TypedResults.Created($"/api/evaluations/{id}/uploads/{upload.Id}", new UploadReceived(upload.Id, upload.FileName, $"/Evaluations/{id}/Review/{upload.Id}"));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetUpload(long id, long uploadId, HttpContext http, BureauService bureau, CancellationToken cancellation)
    {
        var viewer = Viewer.From(http.User);
        var (facts, denial) = await bureau.Access(viewer, id, Need.Edit, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        var upload = await bureau.FindUpload(viewer!, facts, uploadId, cancellation).ConfigureAwait(false);
        return upload is null ? Problem(Denial.NotFound) : TypedResults.Text(upload.Json, "application/json; charset=utf-8");
    }

    private static async Task<Results<Ok<SavedRevision>, ProblemHttpResult>> ConfirmUpload(long id, long uploadId, HttpContext http, BureauService bureau, BureauSettings settings, CancellationToken cancellation)
    {
        var viewer = Viewer.From(http.User);
        var (facts, denial) = await bureau.Access(viewer, id, Need.Edit, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        var upload = await bureau.FindUpload(viewer!, facts, uploadId, cancellation).ConfigureAwait(false);
        if (upload is null)
        {
            return Problem(Denial.NotFound);
        }

        var (evaluation, invalid) = http.Request.ContentLength is 0 or null
            ? (InterchangeJson.Read(upload.Json).Value, null)
            : await ReadEvaluation(http.Request, cancellation).ConfigureAwait(false);
        if (evaluation is null)
        {
            return invalid ?? Problem(StatusCodes.Status400BadRequest, "提取结果无效", "请重新上传");
        }

        return SaveResult(id, await bureau.Confirm(viewer!, facts, upload, evaluation, settings, cancellation).ConfigureAwait(false));
    }

    internal static Results<Ok<SavedRevision>, ProblemHttpResult> SaveResult(long id, SaveOutcome outcome) => outcome switch
    {
        SaveOutcome.Saved saved => TypedResults.Ok(new SavedRevision(id, saved.Revision)),
        SaveOutcome.Conflict conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "保存冲突",
            detail: $"第 {conflict.BasedOn} 版之后已有他人保存：" + string.Join("；", conflict.Since.Select(s => $"第 {s.Number} 版（{s.Author}，{s.Reason}）")),
            extensions: new Dictionary<string, object?> { ["theirChanges"] = conflict.TheirChanges, ["yourChanges"] = conflict.YourChanges }),
        SaveOutcome.Refused refused => Problem(StatusCodes.Status400BadRequest, "不能保存", refused.Problem),
        _ => Problem(StatusCodes.Status409Conflict, "未保存", "同一文件已经保存过"),
    };

    /// <summary>The request body as an evaluation, or a ProblemDetails listing each place that is wrong.</summary>
    private static async Task<(Evaluation?, ProblemHttpResult?)> ReadEvaluation(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength > MaxJsonBytes)
        {
            return (null, Problem(StatusCodes.Status413PayloadTooLarge, "内容太大", $"交换格式 JSON 不能超过 {MaxJsonBytes / 1024 / 1024} MB"));
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellation).ConfigureAwait(false);
        if (text.Length > MaxJsonBytes)
        {
            return (null, Problem(StatusCodes.Status413PayloadTooLarge, "内容太大", $"交换格式 JSON 不能超过 {MaxJsonBytes / 1024 / 1024} MB"));
        }

        var read = InterchangeJson.Read(text);
        return read.Value is { } evaluation
            ? (evaluation, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "交换格式有误", detail: string.Join("；", read.Errors.Select(e => e.ToString())),
                extensions: new Dictionary<string, object?> { ["errors"] = read.Errors.Select(e => new { place = e.Place, message = e.Message }).ToList() }));
    }
}
