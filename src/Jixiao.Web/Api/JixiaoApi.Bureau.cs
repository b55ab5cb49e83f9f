using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Storage.Analyses;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Reports;
using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

internal static partial class JixiaoApi
{
    private static void MapBureau(RouteGroupBuilder api)
    {
        var bureau = api.MapGroup("").WithTags("财政局");
        bureau.MapGet("/summary", Summary).WithSummary("某年度汇总表：按自评得分排名，并列上年得分和执行率（复核人、管理员）");
        bureau.MapGet("/analyses", Analyses).WithSummary("财政局的分析清单");
        bureau.MapGet("/analyses/{name}", Analyse).WithSummary("运行一项分析（distribution、unsupported、full-marks、targets、outliers、missing、rectification）");
        var settings = api.MapGroup("").WithTags("指标体系与规则");
        settings.MapGet("/frameworks", Frameworks).WithSummary("指标体系清单（内置和管理员上传的）");
        settings.MapPost("/frameworks", UploadFramework).Accepts<object>("application/json").WithSummary("上传指标体系文件：校验通过则启用（管理员）");
        settings.MapGet("/rules", GetRules).WithSummary("当前的复核规则文件");
        settings.MapPut("/rules", PutRules).Accepts<object>("application/json").WithSummary("上传复核规则文件：校验通过则启用（管理员）");
    }

    private static Results<Ok<IReadOnlyList<SummaryRow>>, ProblemHttpResult> Summary(int year, HttpContext http, BureauService bureau)
    {
        if (!EvaluationAccess.IsBureau(Viewer.From(http.User)))
        {
            return Problem(StatusCodes.Status403Forbidden, "无权查看", "汇总和分析只给复核人和管理员");
        }

        using var db = bureau.Store.NewDb();
        return TypedResults.Ok(YearSummary.Of(db, year));
    }

    private static Results<Ok<IEnumerable<object>>, ProblemHttpResult> Analyses(HttpContext http) =>
        EvaluationAccess.IsBureau(Viewer.From(http.User))
            ? TypedResults.Ok(AnalysisCatalog.All.Select(a => (object)new { a.Name, a.Title, a.Description }))
            : Problem(StatusCodes.Status403Forbidden, "无权查看", "汇总和分析只给复核人和管理员");

    private static Results<Ok<Sheet>, ProblemHttpResult> Analyse(string name, int year, HttpContext http, BureauService bureau)
    {
        if (!EvaluationAccess.IsBureau(Viewer.From(http.User)))
        {
            return Problem(StatusCodes.Status403Forbidden, "无权查看", "汇总和分析只给复核人和管理员");
        }

        if (AnalysisCatalog.Find(name) is not { } analysis)
        {
            return Problem(StatusCodes.Status404NotFound, "没有这项分析", $"可用的分析：{string.Join("、", AnalysisCatalog.All.Select(a => a.Name))}");
        }

        using var db = bureau.Store.NewDb();
        return TypedResults.Ok(analysis.Run(db, year));
    }

    private static async Task<Ok<IEnumerable<object>>> Frameworks(BureauSettings settings, CancellationToken cancellation) =>
        TypedResults.Ok((await settings.Catalog(cancellation).ConfigureAwait(false)).All.Select(f => (object)new { f.Id, f.Name, Kind = f.Kind.ToString(), f.Description }));

    private static async Task<Results<Ok<object>, ProblemHttpResult>> UploadFramework(HttpContext http, BureauSettings settings, BureauService bureau, CancellationToken cancellation)
    {
        if (Viewer.From(http.User) is not { Role: Roles.Admin } viewer)
        {
            return Problem(StatusCodes.Status403Forbidden, "无权操作", "只有管理员可以上传指标体系");
        }

        using var reader = new StreamReader(http.Request.Body);
        var (framework, errors) = await StoreFramework(settings, bureau, viewer, await reader.ReadToEndAsync(cancellation).ConfigureAwait(false), cancellation).ConfigureAwait(false);
        return framework is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "指标体系文件有误", detail: string.Join("；", errors))
            : TypedResults.Ok((object)new { framework.Id, framework.Name });
    }

    /// <summary>Validates a framework file and, when it is valid, stores it: it then replaces a framework of the same id.</summary>
    internal static async Task<(Framework?, IReadOnlyList<string>)> StoreFramework(BureauSettings settings, BureauService bureau, Viewer viewer, string json, CancellationToken cancellation)
    {
        var parsed = FrameworkCatalog.Parse(json);
        if (parsed.Value is not { } framework)
        {
            return (null, [.. parsed.Errors.Select(e => e.ToString())]);
        }

        await settings.Store(BureauSettings.FrameworkPrefix + framework.Id, json, viewer.Name, bureau.Store.Now, cancellation).ConfigureAwait(false);
        await bureau.AuditSetting(viewer, "framework", $"指标体系 {framework.Id}", $"上传「{framework.Name}」", cancellation).ConfigureAwait(false);
        return (framework, []);
    }

    private static async Task<ContentHttpResult> GetRules(BureauSettings settings, CancellationToken cancellation) =>
        TypedResults.Text(CheckRules.ToJson(await settings.Rules(cancellation).ConfigureAwait(false)), "application/json; charset=utf-8");

    private static async Task<Results<Ok, ProblemHttpResult>> PutRules(HttpContext http, BureauSettings settings, BureauService bureau, CancellationToken cancellation)
    {
        if (Viewer.From(http.User) is not { Role: Roles.Admin } viewer)
        {
            return Problem(StatusCodes.Status403Forbidden, "无权操作", "只有管理员可以修改复核规则");
        }

        using var reader = new StreamReader(http.Request.Body);
        var errors = await StoreRules(settings, bureau, viewer, await reader.ReadToEndAsync(cancellation).ConfigureAwait(false), cancellation).ConfigureAwait(false);
        return errors.Count == 0 ? TypedResults.Ok() : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "复核规则文件有误", detail: string.Join("；", errors));
    }

    /// <summary>Validates a rules file and, when it is valid, stores it as the rules in force.</summary>
    internal static async Task<IReadOnlyList<string>> StoreRules(BureauSettings settings, BureauService bureau, Viewer viewer, string json, CancellationToken cancellation)
    {
        var parsed = CheckRules.Parse(json);
        if (parsed.Value is null)
        {
            return [.. parsed.Errors.Select(e => e.ToString())];
        }

        await settings.Store(BureauSettings.RulesKey, json, viewer.Name, bureau.Store.Now, cancellation).ConfigureAwait(false);
        await bureau.AuditSetting(viewer, "rules", "复核规则", "上传复核规则文件", cancellation).ConfigureAwait(false);
        return [];
    }
}
