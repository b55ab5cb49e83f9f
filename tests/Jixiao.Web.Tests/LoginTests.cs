using System.Net;

namespace Jixiao.Web.Tests;

public sealed class LoginTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task List_Filler_SeesOnlyOwnDepartment()
    {
        using var session = await app.SignIn("tb-sifa");

        var html = await session.Page("/");

        Assert.Contains("云溪市青禾区司法局", html, StringComparison.Ordinal);
        Assert.DoesNotContain("应急管理局</a>", html, StringComparison.Ordinal);
        Assert.Contains("共 3 份", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Reviewer_SeesEveryDepartmentButNoDraft()
    {
        using var session = await app.SignIn("fuhe");

        var html = await session.Page("/");

        Assert.Contains("应急管理局", html, StringComparison.Ordinal);
        Assert.Contains("市场监督管理局", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"state\">草稿</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FilterByYearAndSearch_Narrows()
    {
        using var session = await app.SignIn("admin");

        var html = await session.Page("/?year=2024&q=%E6%95%99%E8%82%B2");

        Assert.Contains("共 1 份", html, StringComparison.Ordinal);
        Assert.Contains("云溪市青禾区教育局", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_IsRefused()
    {
        using var session = app.Anonymous();

        using var response = await session.TrySignIn("tb-jiaoyu", "wrong-password-1!");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveFailures_LockTheAccount()
    {
        using var session = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            (await session.TrySignIn("sh-weijian", "wrong-password-1!")).Dispose();
        }

        using var response = await session.TrySignIn("sh-weijian", Session.Password);

        Assert.Contains("已锁定", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Anonymous_GoesToLogin()
    {
        using var session = app.Anonymous();

        using var response = await session.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Anonymous_Gets401()
    {
        using var session = app.Anonymous();

        using var response = await session.Client.GetAsync(new Uri("/api/evaluations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Response_Always_CarriesSecurityHeaders()
    {
        using var session = app.Anonymous();

        using var response = await session.Client.GetAsync(new Uri("/Login", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheEvaluationEndpoints()
    {
        using var session = await app.SignIn("fuhe");

        var document = await session.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var reference = await session.Client.GetAsync(new Uri("/api/reference/", UriKind.Relative));

        Assert.Contains("\"/api/evaluations/{id}\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/evaluations/{id}/documents/{kind}.{format}\"", document, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}
