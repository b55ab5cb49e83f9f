using System.Net;
using System.Net.Http.Json;
using Jixiao.Import.Tests.Documents.Bounds;

namespace Jixiao.Web.Tests;

/// <summary>
/// Uploads are read in worker processes: a document that kills its reader (here a real stack overflow, on a stack
/// made small for the test) fails its own upload with the reason, and the server goes on reading the next one.
/// </summary>
public sealed class UploadReadingTests
{
    [Fact]
    public async Task Upload_DocumentThatOverflowsTheStack_FailsAloneAndTheServerReadsOn()
    {
        using var app = new DemoApp(null, readingStackKilobytes: 64);
        using var owner = await app.SignIn("tb-weijian");
        var id = (await owner.Client.GetFromJsonAsync<List<Item>>(new Uri("/api/evaluations", UriKind.Relative)))!.First(i => i.State is "草稿" or "退回修改").Id;

        using var deep = await Upload(owner, id, CraftedFiles.NestedTablesDocx(30), "deep.docx");
        using var report = await Upload(owner, id, await File.ReadAllBytesAsync(RepoPaths.File("tests", "Jixiao.Import.Tests", "Corpus", "01_md_sichuan_jiaoyu_2023.txt")), "report.txt");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, deep.StatusCode);
        Assert.Contains("读取时工作进程栈溢出而退出（文件嵌套过深或为恶意构造），已跳过此文件", await deep.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
    }

    private static async Task<HttpResponseMessage> Upload(Session owner, long id, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        return await owner.Api(HttpMethod.Post, $"/api/evaluations/{id}/uploads", form);
    }

    private sealed record Item(long Id, string Department, int Year, string State);
}
