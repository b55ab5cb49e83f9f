using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Web.Api;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Admin;

/// <summary>The 管理员's frameworks and review rules: upload a file, see it validated (each problem with its place), and it is in force.</summary>
public sealed class FrameworksModel : JixiaoPage
{
    internal IReadOnlyList<Framework> Frameworks { get; private set; } = [];

    internal string Rules { get; private set; } = "";

    internal IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => Viewer.Role == Roles.Admin ? await Load().ConfigureAwait(false) : Forbid();

    public async Task<IActionResult> OnPostFrameworkAsync(IFormFile? file)
    {
        if (Viewer.Role != Roles.Admin)
        {
            return Forbid();
        }

        var text = await Read(file).ConfigureAwait(false);
        if (text is not null)
        {
            var (framework, problems) = await JixiaoApi.StoreFramework(Settings, Bureau, Viewer, text, Aborted).ConfigureAwait(false);
            Problems = problems;
            Done = framework is null ? null : $"已启用指标体系「{framework.Name}」（{framework.Id}）";
        }

        return await Load().ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostRulesAsync(IFormFile? file, string? rules)
    {
        if (Viewer.Role != Roles.Admin)
        {
            return Forbid();
        }

        var text = file is { Length: > 0 } ? await Read(file).ConfigureAwait(false) : rules;
        if (!string.IsNullOrWhiteSpace(text))
        {
            Problems = await JixiaoApi.StoreRules(Settings, Bureau, Viewer, text, Aborted).ConfigureAwait(false);
            Done = Problems.Count == 0 ? "已启用新的复核规则" : null;
        }

        return await Load().ConfigureAwait(false);
    }

    private async Task<string?> Read(IFormFile? file)
    {
        if (file is null || file.Length == 0 || file.Length > 4 * 1024 * 1024)
        {
            Problems = ["请选择一个不超过 4 MB 的 JSON 文件"];
            return null;
        }

        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync(Aborted).ConfigureAwait(false);
    }

    private async Task<IActionResult> Load()
    {
        Frameworks = (await Settings.Catalog(Aborted).ConfigureAwait(false)).All;
        Rules = CheckRules.ToJson(await Settings.Rules(Aborted).ConfigureAwait(false));
        return Page();
    }
}
