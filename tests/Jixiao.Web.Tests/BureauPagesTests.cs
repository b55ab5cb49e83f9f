using System.Net;
using System.Text;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Web.Tests;

/// <summary>The bureau's pages: the dashboard for the 复核人, frameworks, rules and users for the 管理员.</summary>
public sealed class BureauPagesTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Dashboard_Reviewer_ShowsRankingChartsAndAnalysis()
    {
        using var reviewer = await app.SignIn("fuhe");

        var all = await reviewer.Page("/Dashboard?year=2024&analysis=outliers");
        var flagged = await reviewer.Page("/Dashboard?year=2024&flagged=true");

        Assert.Contains("id=\"chart-grades\"", all, StringComparison.Ordinal);
        Assert.Contains("执行率和调整率异常", all, StringComparison.Ordinal);
        Assert.Equal(6, Rows(all));
        Assert.True(Rows(flagged) < 6, "the flagged filter keeps only departments with errors");
    }

    [Fact]
    public async Task Dashboard_Filler_IsRefused()
    {
        using var filler = await app.SignIn("tb-sifa");

        using var response = await filler.Client.GetAsync(new Uri("/Dashboard", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FrameworkUpload_Invalid_ShowsProblemsAndEnablesNothing()
    {
        using var admin = await app.SignIn("admin");
        await admin.Page("/Admin/Frameworks");

        using var response = await Upload(admin, "{\"id\": \"broken\", \"indicators\": 3}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("id=\"problems\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>broken</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrameworkUpload_Valid_IsListedAndUsable()
    {
        using var admin = await app.SignIn("admin");
        await admin.Page("/Admin/Frameworks");
        var own = FrameworkCatalog.BuiltIn.All[0] with { Id = "yunxi-2025", Name = "云溪市部门整体支出指标（2025）" };

        using var response = await Upload(admin, FrameworkCatalog.ToJson(own));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("已启用指标体系「云溪市部门整体支出指标（2025）」", html, StringComparison.Ordinal);
        Assert.Contains("yunxi-2025", await admin.Client.GetStringAsync(new Uri("/api/frameworks", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewUser_CreatedByAdmin_CanSignIn()
    {
        using var admin = await app.SignIn("admin");
        await admin.Page("/Admin/Users");

        using var response = await admin.Form("/Admin/Users", new() { ["login"] = "reviewer-3", ["name"] = "第三复核人", ["role"] = "复核人", ["department"] = "", ["password"] = "Another#2026" });
        using var session = app.Anonymous();
        await session.SignIn("reviewer-3", "Another#2026");

        Assert.Contains("第三复核人", await session.Page("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_LockedByAdmin_CannotSignIn()
    {
        using var admin = await app.SignIn("admin");
        var users = await admin.Page("/Admin/Users");
        var row = users[users.IndexOf("<td>tb-minzheng</td>", StringComparison.Ordinal)..];
        var id = System.Text.RegularExpressions.Regex.Match(row, "name=\"user\" value=\"([^\"]+)\"").Groups[1].Value;

        using var locked = await admin.Form("/Admin/Users?handler=Lock", new() { ["user"] = id, ["locked"] = "true" });
        using var session = app.Anonymous();
        using var response = await session.TrySignIn("tb-minzheng", Session.Password);

        Assert.Contains("已锁定", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> Upload(Session admin, string json)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(json, Encoding.UTF8, "application/json"), "file", "framework.json" },
            { new StringContent(admin.Token), "__RequestVerificationToken" },
        };
        return await admin.Client.PostAsync(new Uri("/Admin/Frameworks?handler=Framework", UriKind.Relative), form);
    }

    private static int Rows(string html)
    {
        var table = html[html.IndexOf("id=\"ranking\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return table.Split("<tr>").Length - 2;
    }
}
