using System.Globalization;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

internal static partial class JixiaoApi
{
    private static void MapDocuments(RouteGroupBuilder api) =>
        api.MapGet("/evaluations/{id:long}/documents/{kind}.{format}", Document)
            .WithSummary("下载当前版本（或 revision 指定的版本）的文档：kind = table 自评表、scores 评分表、report 自评报告、review 复核意见书；format = xlsx、docx、pdf、html");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Document(long id, string kind, string format, int? revision, HttpContext http, BureauService bureau,
        BureauSettings settings, CancellationToken cancellation)
    {
        var (facts, denial) = await bureau.Access(Viewer.From(http.User), id, Need.Read, cancellation).ConfigureAwait(false);
        if (facts is null)
        {
            return Problem(denial!);
        }

        var number = revision ?? facts.Revision;
        var json = await bureau.RevisionJson(id, number, cancellation).ConfigureAwait(false);
        var info = bureau.History(id).FirstOrDefault(r => r.Number == number);
        if (json is null || info is null)
        {
            return Problem(StatusCodes.Status404NotFound, "未找到", $"没有第 {number} 版");
        }

        var catalog = await settings.Catalog(cancellation).ConfigureAwait(false);
        var (bytes, problem) = Documents.Render(json, kind, format, info.At, settings, catalog);
        if (bytes is null)
        {
            return Problem(Documents.Kinds.ContainsKey(kind) && Documents.Formats.ContainsKey(format) ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status404NotFound, "不能生成", problem!);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{facts.Department}-{facts.Year}-{Documents.Kinds[kind].Name}-第{number}版.{format}");
        return TypedResults.File(bytes, Documents.Formats[format], format == "html" ? null : name);
    }
}
