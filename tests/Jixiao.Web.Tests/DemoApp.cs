using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

/// <summary>
/// The app on a SQLite file of its own, seeded with the demo bureau, served by the test server (or, after
/// <see cref="WebApplicationFactory{T}.UseKestrel()"/>, by Kestrel on 127.0.0.1). Shared by the tests of a class.
/// </summary>
public sealed class DemoApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jixiao-web-" + Guid.NewGuid().ToString("N"));

    public DemoApp()
        : this(null)
    {
    }

    internal DemoApp(string? database, int loginsPerMinute = 10_000, int? readingStackKilobytes = null)
    {
        Directory.CreateDirectory(_folder);
        Database = database ?? Path.Combine(_folder, "bureau.db");
        LoginsPerMinute = loginsPerMinute;
        ReadingStackKilobytes = readingStackKilobytes;
    }

    public string Database { get; }

    public int LoginsPerMinute { get; }

    /// <summary>The stack uploads are read on in their worker process; null: the app's default.</summary>
    public int? ReadingStackKilobytes { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Jixiao:Db", Database);
        builder.UseSetting("Jixiao:Demo", "true");
        builder.UseSetting("Jixiao:LoginAttemptsPerMinute", LoginsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ReadingStackKilobytes is { } stack)
        {
            builder.UseSetting("Jixiao:ReadingStackKilobytes", stack.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.UseEnvironment("Production");
    }

    /// <summary>A client signed in as a demo user, carrying the antiforgery token the API wants for changes.</summary>
    public async Task<Session> SignIn(string login)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var session = new Session(client);
        await session.SignIn(login).ConfigureAwait(false);
        return session;
    }

    public Session Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
