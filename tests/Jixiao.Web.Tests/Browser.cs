using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests;

/// <summary>
/// The demo app on a real Kestrel at a free 127.0.0.1 port, and Debian's chromium driven by Playwright (ecosystem.md:
/// never a browser of Playwright's own; the flags keep chromium off this machine's closed network). One per test class.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>How long a step or an expectation may wait for the page (Playwright's defaults are 30 s and 5 s).</summary>
    private const float TimeoutMs = 120_000;

    /// <summary>
    /// Navigations wait for the response to commit, not for a lifecycle event: under the suite's full load Chromium
    /// fired neither the load event nor DOMContentLoaded in 120 s to Playwright's waiter (network idle had come, and
    /// the page was whole in the screenshot); the steps after wait for their elements anyway.
    /// </summary>
    public static readonly PageGotoOptions Arrived = new() { WaitUntil = WaitUntilState.Commit };

    /// <summary>As <see cref="Arrived"/>, for waiting on a redirect.</summary>
    public static readonly PageWaitForURLOptions ArrivedAt = new() { WaitUntil = WaitUntilState.Commit };

    private IPlaywright? _playwright;

    public DemoApp App { get; } = new();

    public IBrowser Chrome { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        _playwright = await Playwright.CreateAsync();
        Chrome = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (its own cookies), signed in as a demo user.</summary>
    public async Task<IPage> SignIn(string login, int width = 1280)
    {
        var context = await Chrome.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, AcceptDownloads = true, Locale = "zh-CN" });
        // The whole suite runs its test projects at once: while the import tests print documents with Chromium and
        // LibreOffice on the same cores, a page once took longer than Playwright's default 30 s to load.
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login", Arrived);
        await page.FillAsync("input[name=UserName]", login);
        await page.FillAsync("input[name=Password]", Session.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(BaseUrl + "/", ArrivedAt);
        return page;
    }

    /// <summary>Runs a browser test; when it fails, a screenshot of each page goes to TestResults/screenshots/ and the path into the failure.</summary>
    public static async Task Run(string name, List<IPage> pages, Func<Task> test)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(test);
        try
        {
            await test();
        }
        catch (Exception failure) when (pages.Count > 0)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            var shots = new List<string>();
            for (var i = 0; i < pages.Count; i++)
            {
                var path = Path.Combine(folder, $"{name}-{i}.png");
                try
                {
                    await pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                    shots.Add(path);
                }
                catch (PlaywrightException)
                {
                    // A page already closed has nothing to show; the other screenshots and the failure still count.
                }
            }

            throw new InvalidOperationException($"{failure.Message}\nscreenshots: {string.Join(", ", shots)}", failure);
        }
    }

    public async Task DisposeAsync()
    {
        if (Chrome is not null)
        {
            await Chrome.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
