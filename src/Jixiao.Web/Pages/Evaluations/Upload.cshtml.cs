using Jixiao.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>Upload a report (Word, PDF, Excel, text, JSON, or a zip of them): it is read, then shown for review before anything is saved.</summary>
public sealed class UploadModel : JixiaoPage
{
    public string? Problem { get; private set; }

    internal long MaxMegabytes => HttpContext.RequestServices.GetRequiredService<WebOptions>().MaxUploadMegabytes;

    public async Task<IActionResult> OnGetAsync(long id) => await Require(id, Need.Edit).ConfigureAwait(false) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, IFormFile? file)
    {
        if (await Require(id, Need.Edit).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        var options = HttpContext.RequestServices.GetRequiredService<WebOptions>();
        if (file is null || file.Length == 0)
        {
            Problem = "请选择一个文件";
            return Page();
        }

        if (file.Length > options.MaxUploadBytes)
        {
            Problem = $"文件不能超过 {options.MaxUploadMegabytes} MB";
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, Aborted).ConfigureAwait(false);
        var (upload, problem) = await Bureau.Receive(Viewer, Facts, file.FileName, buffer.ToArray(), Settings, Aborted).ConfigureAwait(false);
        if (upload is null)
        {
            Problem = problem;
            return Page();
        }

        return Redirect($"/Evaluations/{id}/Review/{upload.Id}");
    }
}
