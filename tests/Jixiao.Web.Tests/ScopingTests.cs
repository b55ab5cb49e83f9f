using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Jixiao.Web.Tests;

/// <summary>
/// Department scoping on every endpoint, enumerated from the app itself (not a sample): a 填报人 of 青禾区司法局 gets
/// 403 or 404 for each of 北湖区卫生健康局's evaluations, by page and by API, whatever the method and handler; and nothing
/// of theirs changes.
/// </summary>
public sealed class ScopingTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Other = "云溪市北湖区卫生健康局";

    [Fact]
    public async Task EveryEvaluationEndpoint_OtherDepartment_Is403Or404()
    {
        using var admin = await app.SignIn("admin");
        var theirs = (await admin.Client.GetFromJsonAsync<List<Item>>(new Uri("/api/evaluations", UriKind.Relative)))!.Where(i => i.Department == Other).ToList();
        Assert.Equal(3, theirs.Count);
        using var owner = await app.SignIn("tb-weijian");
        var editable = theirs.Single(i => i.State is "草稿" or "退回修改");
        var uploadId = await Upload(owner, editable.Id);
        var before = await Snapshot(admin, theirs);
        using var stranger = await app.SignIn("tb-sifa");
        var routes = Endpoints.All(app.Services).Where(r => Endpoints.NamesAnEvaluation(r.Pattern)).ToList();
        Assert.True(routes.Count >= 20, $"only {routes.Count} evaluation routes found");
        Assert.Contains(routes, r => r is { Method: "POST", Pattern: "/Evaluations/{id:long}/Edit", Handler: "Check" });
        Assert.Contains(routes, r => r is { Method: "PUT", Pattern: "/api/evaluations/{id:long}" });
        var failures = new List<string>();

        foreach (var evaluation in theirs)
        {
            foreach (var (method, pattern, handler) in routes)
            {
                var path = Endpoints.Fill(pattern, evaluation.Id, uploadId) + (handler is { Length: > 0 } ? "?handler=" + handler : "");
                using var response = await Send(stranger, method, path, handler is not null);
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                {
                    failures.Add($"{method} {path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await Snapshot(admin, theirs));
    }

    [Fact]
    public async Task EveryOtherEndpoint_OtherDepartment_ShowsNothingOfTheirs()
    {
        using var stranger = await app.SignIn("tb-sifa");
        var routes = Endpoints.All(app.Services).Where(r => !Endpoints.NamesAnEvaluation(r.Pattern) && r.Method == "GET").ToList();
        var failures = new List<string>();

        foreach (var (_, pattern, _) in routes)
        {
            var path = Endpoints.Fill(pattern, 0, 0) + (pattern.Contains("summary", StringComparison.Ordinal) || pattern.Contains("analyses/", StringComparison.Ordinal) || pattern.Contains("Dashboard", StringComparison.Ordinal) ? "?year=2025" : "");
            using var response = await stranger.Client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains(Other, StringComparison.Ordinal))
            {
                failures.Add($"GET {path}: {(int)response.StatusCode} shows {Other}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task BureauEndpoints_Filler_Gets403()
    {
        using var filler = await app.SignIn("tb-sifa");

        using var summary = await filler.Client.GetAsync(new Uri("/api/summary?year=2025", UriKind.Relative));
        using var analysis = await filler.Client.GetAsync(new Uri("/api/analyses/distribution?year=2025", UriKind.Relative));
        using var rules = await filler.Api(HttpMethod.Put, "/api/rules", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, summary.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, analysis.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rules.StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(Session session, string method, string path, bool page)
    {
        if (method == "GET")
        {
            return await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        }

        if (page)
        {
            return await session.Form(path, new() { ["comment"] = "x", ["opinion"] = "x", ["decision"] = "approve", ["basedOn"] = "1", ["t:goals[0]"] = "改", ["n:budget.actual"] = "1" });
        }

        HttpContent content = path.EndsWith("/uploads", StringComparison.Ordinal)
            ? new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("{}")), "file", "a.json" } }
            : new StringContent("""{"comment":"x","accepted":true,"opinion":"x","year":2025,"framework":"output-benefit"}""", Encoding.UTF8, "application/json");
        return await session.Api(new HttpMethod(method), path, content);
    }

    private static async Task<long> Upload(Session owner, long id)
    {
        var json = await File.ReadAllTextAsync(RepoPaths.File("samples", "beihu-emergency-2025.json"));
        using var content = new MultipartFormDataContent { { new StringContent(json, Encoding.UTF8, "application/json"), "file", "report.json" } };
        using var response = await owner.Api(HttpMethod.Post, $"/api/evaluations/{id}/uploads", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadBody>())!.UploadId;
    }

    private static async Task<string> Snapshot(Session admin, List<Item> evaluations)
    {
        var parts = new List<string>();
        foreach (var evaluation in evaluations)
        {
            parts.Add(await admin.Client.GetStringAsync(new Uri($"/api/evaluations/{evaluation.Id}/revisions", UriKind.Relative)));
            parts.Add(await admin.Client.GetStringAsync(new Uri($"/api/evaluations/{evaluation.Id}/events", UriKind.Relative)));
        }

        return string.Join("\n", parts);
    }

    private sealed record Item(long Id, string Department, int Year, string State);

    private sealed record UploadBody(long UploadId);
}
