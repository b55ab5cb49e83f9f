using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Jixiao.Web.Tests;

/// <summary>The whole path through pages and API: create, upload a seed report and review its values, see findings, submit, review, publish, download.</summary>
public sealed class WorkflowTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Evaluation_CreatedUploadedSubmittedApprovedPublished_EachStepRecorded()
    {
        using var filler = await app.SignIn("tb-sifa");
        using var created = await filler.Form("/?handler=Create", new() { ["year"] = "2021", ["framework"] = "guangzhou-department-2024" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = long.Parse(created.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);

        await filler.Page($"/Evaluations/{id}/Upload");
        var seed = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seeds, "001_8a8cd6fc1c5a3d32.txt"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(seed), "file", "001.txt" },
            { new StringContent(filler.Token), "__RequestVerificationToken" },
        };
        using var uploaded = await filler.Client.PostAsync(new Uri($"/Evaluations/{id}/Upload", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var review = await filler.Page(uploaded.Headers.Location!.OriginalString);
        Assert.Contains("表 1 第 3 行第 3 列", review, StringComparison.Ordinal);
        Assert.Contains("name=\"n:budget.actual\" value=\"2394.83\"", review, StringComparison.Ordinal);
        var fields = Html.Fields(review);
        fields["n:budget.actual"] = "2394.82";
        using var confirmed = await filler.Form(uploaded.Headers.Location!.OriginalString, fields);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var stored = await filler.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/evaluations/{id}", UriKind.Relative));
        Assert.Equal(2394.82m, stored.GetProperty("budget").GetProperty("actual").GetDecimal());
        Assert.Equal("云溪市青禾区司法局", stored.GetProperty("department").GetString());
        Assert.NotEqual(0, stored.GetProperty("findings").GetArrayLength());
        var detail = await filler.Page($"/Evaluations/{id}");
        Assert.Contains("001.txt", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"submit\"", detail, StringComparison.Ordinal);

        using var head = await app.SignIn("sh-sifa");
        await head.Page($"/Evaluations/{id}");
        using var submitted = await head.Form($"/Evaluations/{id}?handler=Submit", new() { ["comment"] = "请复核" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        using var reviewer = await app.SignIn("fuhe");
        using var approved = await reviewer.Api(HttpMethod.Post, $"/api/evaluations/{id}/review",
            JsonContent.Create(new { accepted = true, opinion = "同意", adjustedScore = 88.5m, reason = "扣除执行率偏差" }));
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        using var published = await reviewer.Api(HttpMethod.Post, $"/api/evaluations/{id}/publish", JsonContent.Create(new { comment = "" }));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var events = await filler.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/evaluations/{id}/events", UriKind.Relative));
        Assert.Equal(["新建", "上传", "提交", "通过", "发布"], events.EnumerateArray().Select(e => e.GetProperty("action").GetString()!));
        using var docx = await filler.Client.GetAsync(new Uri($"/api/evaluations/{id}/documents/report.docx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task Editor_SavedForm_BecomesNewRevisionAndDiffShowsTheField()
    {
        using var filler = await app.SignIn("tb-weijian");
        var id = await Draft(filler, "云溪市北湖区卫生健康局");
        var editor = await filler.Page($"/Evaluations/{id}/Edit");
        var fields = Html.Fields(editor);
        fields["n:budget.actual"] = "1234.56";
        fields["reason"] = "更正执行数";

        using var saved = await filler.Form($"/Evaluations/{id}/Edit", fields);

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var diff = await filler.Page($"/Evaluations/{id}/Diff");
        Assert.Contains("budget.actual", diff, StringComparison.Ordinal);
        Assert.Contains("1234.56", diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorCheck_ChangedActual_RecomputesWithoutSaving()
    {
        using var filler = await app.SignIn("tb-sifa");
        var id = await Draft(filler, "云溪市青禾区司法局");
        var fields = Html.Fields(await filler.Page($"/Evaluations/{id}/Edit"));
        var revisions = await filler.Client.GetStringAsync(new Uri($"/api/evaluations/{id}/revisions", UriKind.Relative));
        fields["n:keyProjects[0].actual"] = "999999";

        using var response = await filler.Form($"/Evaluations/{id}/Edit?handler=Check", fields);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.TryGetProperty("findings", out _), result.ToString());

        Assert.Contains(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("field").GetString() == "keyProjects[0].actual");
        Assert.Equal(revisions, await filler.Client.GetStringAsync(new Uri($"/api/evaluations/{id}/revisions", UriKind.Relative)));
    }

    [Fact]
    public async Task ApiSave_BasedOnAnOlderRevision_Is409AndStoresNothing()
    {
        using var filler = await app.SignIn("tb-sifa");
        var id = await Draft(filler, "云溪市青禾区司法局");
        var before = (await filler.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/evaluations/{id}/revisions", UriKind.Relative))).GetArrayLength();
        var json = await filler.Client.GetStringAsync(new Uri($"/api/evaluations/{id}", UriKind.Relative));
        using var first = await filler.Api(HttpMethod.Put, $"/api/evaluations/{id}?basedOn={before}&reason=first", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await filler.Api(HttpMethod.Put, $"/api/evaluations/{id}?basedOn={before}&reason=second", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        var history = await filler.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/evaluations/{id}/revisions", UriKind.Relative));
        Assert.Equal(before + 1, history.GetArrayLength());
    }

    [Fact]
    public async Task ApiSave_WithoutAntiforgeryToken_IsRefused()
    {
        using var filler = await app.SignIn("tb-sifa");
        var id = await Draft(filler, "云溪市青禾区司法局");
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/evaluations/{id}", UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        using var response = await filler.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Upload_UnknownType_IsRefusedWithReason()
    {
        using var filler = await app.SignIn("tb-sifa");
        var id = await Draft(filler, "云溪市青禾区司法局");
        using var content = new MultipartFormDataContent { { new ByteArrayContent([0x4d, 0x5a]), "file", "tool.exe" } };

        using var response = await filler.Api(HttpMethod.Post, $"/api/evaluations/{id}/uploads", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(".exe", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<long> Draft(Session session, string department)
    {
        var list = await session.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/evaluations?state=%E8%8D%89%E7%A8%BF", UriKind.Relative));
        return list.EnumerateArray().First(e => e.GetProperty("department").GetString() == department).GetProperty("id").GetInt64();
    }
}
