using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

/// <summary>An HTTP client with the cookies of one user and the antiforgery token of the last page it read.</summary>
public sealed partial class Session(HttpClient client) : IDisposable
{
    public const string Password = "Jixiao#2025";

    public HttpClient Client { get; } = client;

    public string Token { get; private set; } = "";

    public async Task SignIn(string login, string password = Password)
    {
        var response = await TrySignIn(login, password).ConfigureAwait(false);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login of {login} answered {(int)response.StatusCode}");
        await Page("/").ConfigureAwait(false);
    }

    public async Task<HttpResponseMessage> TrySignIn(string login, string password)
    {
        await Page("/Login").ConfigureAwait(false);
        return await Form("/Login", new() { ["UserName"] = login, ["Password"] = password }).ConfigureAwait(false);
    }

    /// <summary>GETs a page and keeps its antiforgery token.</summary>
    public async Task<string> Page(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false);
        var html = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (TokenField().Match(html) is { Success: true } match)
        {
            Token = WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        return html;
    }

    /// <summary>POSTs a form with the token, as the browser does.</summary>
    public async Task<HttpResponseMessage> Form(string path, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["__RequestVerificationToken"] = Token;
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content).ConfigureAwait(false);
    }

    /// <summary>Any API request, with the token in X-CSRF-TOKEN as the pages' script sends it.</summary>
    public async Task<HttpResponseMessage> Api(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("X-CSRF-TOKEN", Token);
        return await Client.SendAsync(request).ConfigureAwait(false);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
