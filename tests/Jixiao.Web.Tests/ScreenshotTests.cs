using Microsoft.Playwright;

namespace Jixiao.Web.Tests;

/// <summary>
/// Makes the pictures of docs/web/ (the editor, the extraction review page, the dashboard, the list on a phone) from the
/// demo bureau. Run on demand: JIXIAO_SCREENSHOTS=1 dotnet test tests/Jixiao.Web.Tests --filter ScreenshotTests.
/// </summary>
public sealed class ScreenshotTests(Browser browser) : IClassFixture<Browser>
{
    [SkippableFact]
    public async Task Docs_Screenshots_AreWritten()
    {
        Skip.If(Environment.GetEnvironmentVariable("JIXIAO_SCREENSHOTS") != "1", "on demand: JIXIAO_SCREENSHOTS=1");
        var folder = RepoPaths.File("docs", "web");
        Directory.CreateDirectory(folder);

        var filler = await browser.SignIn("tb-sifa");
        await filler.GotoAsync("/?year=2025");
        await filler.ClickAsync("table.list a");
        await filler.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Evaluations/\d+$"));
        await filler.GotoAsync(filler.Url + "/Edit");
        await filler.FillAsync("input[name='n:keyProjects[0].actual']", "9999");
        await Assertions.Expect(filler.Locator("#live-findings")).ToContainTextAsync("9999");
        await filler.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "editor.png") });

        await filler.GotoAsync(filler.Url.Replace("/Edit", "/Upload", StringComparison.Ordinal));
        await filler.SetInputFilesAsync("input[type=file]", Path.Combine(RepoPaths.Seeds, "001_8a8cd6fc1c5a3d32.txt"));
        await filler.ClickAsync("#upload");
        await filler.WaitForURLAsync("**/Review/*");
        await filler.Locator("#values").ScrollIntoViewIfNeededAsync();
        await filler.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "review.png") });

        var reviewer = await browser.SignIn("fuhe");
        await reviewer.GotoAsync("/Dashboard?year=2024");
        await reviewer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });

        var phone = await browser.SignIn("fuhe", width: 390);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "list-phone.png") });
    }
}
