using Jixiao.Web.Security;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>
/// What every page uses: the services (taken from the request, since they are internal and a page model is public) and
/// the viewer; and the one way a page asks for an evaluation (<see cref="BureauService.Access"/>), as the API does.
/// </summary>
public abstract class JixiaoPage : PageModel
{
    internal BureauService Bureau => HttpContext.RequestServices.GetRequiredService<BureauService>();

    internal BureauSettings Settings => HttpContext.RequestServices.GetRequiredService<BureauSettings>();

    internal Viewer Viewer => Viewer.From(User) ?? throw new InvalidOperationException("The page needs a signed-in user with a role.");

    internal EvaluationFacts Facts { get; private set; } = null!;

    internal CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>Loads the evaluation if the viewer may <paramref name="need"/> it; else the result to return (404, 403 or 409 page).</summary>
    internal async Task<IActionResult?> Require(long id, Need need)
    {
        var (facts, denial) = await Bureau.Access(Viewer.From(User), id, need, Aborted).ConfigureAwait(false);
        if (facts is null)
        {
            return new ContentResult
            {
                StatusCode = denial!.Status,
                ContentType = "text/html; charset=utf-8",
                Content = $"<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>{denial.Title}</title><link rel=\"stylesheet\" href=\"/css/site.css\"><main><section class=\"card narrow\"><h1>{denial.Title}</h1><p>{System.Net.WebUtility.HtmlEncode(denial.Detail)}</p><p><a href=\"/\">返回自评列表</a></p></section></main></html>",
            };
        }

        Facts = facts;
        return null;
    }
}
