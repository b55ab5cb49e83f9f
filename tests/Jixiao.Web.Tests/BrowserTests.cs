using Microsoft.Playwright;

namespace Jixiao.Web.Tests;

/// <summary>A department fills in, its head submits, the bureau approves, in a real browser against a real server.</summary>
public sealed class BrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Evaluation_FromUploadToApproval_InTheBrowser()
    {
        var pages = new List<IPage>();
        await Browser.Run(nameof(Evaluation_FromUploadToApproval_InTheBrowser), pages, async () =>
        {
            var filler = await browser.SignIn("tb-sifa");
            pages.Add(filler);
            await filler.FillAsync("form.create input[name=year]", "2021");
            await filler.SelectOptionAsync("form.create select[name=framework]", "guangzhou-department-2024");
            await filler.ClickAsync("form.create button[type=submit]");
            await filler.WaitForURLAsync("**/Edit", Browser.ArrivedAt);

            // Live recompute: a key project spent past its budget appears as a finding while typing, before saving.
            await filler.FillAsync("input[name='t:keyProjects[0].name']", "法律援助经费");
            await filler.FillAsync("input[name='n:keyProjects[0].budget']", "100");
            await filler.FillAsync("input[name='n:keyProjects[0].actual']", "130");
            await Assertions.Expect(filler.Locator("#live-findings")).ToContainTextAsync("法律援助经费");
            await filler.ClickAsync("#save");
            await filler.WaitForURLAsync("**/Evaluations/*", Browser.ArrivedAt);

            await filler.ClickAsync("text=上传报告");
            await filler.SetInputFilesAsync("input[type=file]", Path.Combine(RepoPaths.Seeds, "001_8a8cd6fc1c5a3d32.txt"));
            await filler.ClickAsync("#upload");
            await filler.WaitForURLAsync("**/Review/*", Browser.ArrivedAt);
            var actual = filler.Locator("tr[data-path='budget.actual']");
            await Assertions.Expect(actual.Locator("input")).ToHaveValueAsync("2394.83");
            await Assertions.Expect(actual).ToContainTextAsync("表 1 第 3 行第 3 列");
            await Assertions.Expect(filler.Locator("#mismatch")).ToBeVisibleAsync();
            await filler.ClickAsync("#confirm");
            await filler.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Evaluations/\d+$"), Browser.ArrivedAt);
            await Assertions.Expect(filler.Locator("#findings li").First).ToBeVisibleAsync();
            var url = filler.Url;

            var head = await browser.SignIn("sh-sifa");
            pages.Add(head);
            await head.GotoAsync(url, Browser.Arrived);
            await head.ClickAsync("#submit");
            await Assertions.Expect(head.Locator("#state")).ToHaveTextAsync("已提交");

            var reviewer = await browser.SignIn("fuhe");
            pages.Add(reviewer);
            await reviewer.GotoAsync(url, Browser.Arrived);
            await reviewer.FillAsync("textarea[name=opinion]", "数据已核对，同意。");
            await reviewer.ClickAsync("#approve");
            await Assertions.Expect(reviewer.Locator("#state")).ToHaveTextAsync("已通过");

            var download = await reviewer.RunAndWaitForDownloadAsync(() => reviewer.ClickAsync("#download-report"));
            Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
            var file = await download.PathAsync();
            Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(file))[..2]);
        });
    }

    [Fact]
    public async Task ListPage_OnAPhone_KeepsItsTableScrollable()
    {
        var pages = new List<IPage>();
        await Browser.Run(nameof(ListPage_OnAPhone_KeepsItsTableScrollable), pages, async () =>
        {
            var page = await browser.SignIn("fuhe", width: 390);
            pages.Add(page);

            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

            Assert.True(width <= 400, $"the page is {width}px wide on a 390px screen");
            await Assertions.Expect(page.Locator("table.list")).ToBeVisibleAsync();
        });
    }
}
