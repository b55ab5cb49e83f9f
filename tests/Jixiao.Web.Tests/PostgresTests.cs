using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Storage.Tests.Databases;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

/// <summary>
/// Two instances of the app on one PostgreSQL database, started at the same moment, as behind a load balancer: the
/// demo is seeded once, a user signed in on one is signed in on the other (the data-protection keys are in the
/// database), the antiforgery token of one is good on the other, and a save on one is read on the other.
/// </summary>
public sealed partial class PostgresTests : IDisposable
{
    private readonly PostgresServer _server = new();

    [Fact]
    public async Task TwoInstances_OneDatabase_ShareUsersKeysAndData()
    {
        var database = _server.NewDatabase().ConnectionString;
        using var first = new DemoApp(database);
        using var second = new DemoApp(database);
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));
        using var one = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var two = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var (cookies, token) = await SignIn(one, "tb-sifa");
        var list = await Get(two, "/api/evaluations", cookies);
        var evaluations = JsonSerializer.Deserialize<JsonElement>(list);
        Assert.Equal(3, evaluations.GetArrayLength());
        var draft = evaluations.EnumerateArray().First(e => e.GetProperty("state").GetString() == "草稿").GetProperty("id").GetInt64();
        var json = await Get(one, $"/api/evaluations/{draft}", cookies);

        using var save = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/evaluations/{draft}?basedOn=1&reason=%E7%AC%AC%E4%BA%8C%E5%AE%9E%E4%BE%8B", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        save.Headers.Add("Cookie", cookies);
        save.Headers.Add("X-CSRF-TOKEN", token);
        using var saved = await two.SendAsync(save);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var history = JsonSerializer.Deserialize<JsonElement>(await Get(one, $"/api/evaluations/{draft}/revisions", cookies));
        Assert.Equal(2, history.GetArrayLength());
        using var admin = await first.SignIn("admin");
        var all = await admin.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/evaluations", UriKind.Relative));
        Assert.Equal(18, all.GetArrayLength());
    }

    /// <summary>Signs in by hand (no cookie container), returning the Cookie header to send anywhere and an antiforgery token.</summary>
    private static async Task<(string Cookies, string Token)> SignIn(HttpClient client, string login)
    {
        using var page = await client.GetAsync(new Uri("/Login", UriKind.Relative));
        var antiforgery = Cookies(page);
        var token = TokenField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var form = new HttpRequestMessage(HttpMethod.Post, new Uri("/Login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = login, ["Password"] = Session.Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }),
        };
        form.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = antiforgery + "; " + Cookies(response);
        using var home = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        home.Headers.Add("Cookie", cookies);
        using var signedIn = await client.SendAsync(home);
        return (cookies, WebUtility.HtmlDecode(TokenField().Match(await signedIn.Content.ReadAsStringAsync()).Groups[1].Value));
    }

    private static async Task<string> Get(HttpClient client, string path, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    public void Dispose() => _server.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
