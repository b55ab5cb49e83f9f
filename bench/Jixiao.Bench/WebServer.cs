using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Jixiao.Bench;

/// <summary>
/// The web app as its own process on a free 127.0.0.1 port, on a temporary SQLite file seeded with the demo bureau, built
/// in the bench's own configuration (the bench project references it, so it is built first). Stopped and removed on dispose.
/// </summary>
internal sealed class WebServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    public WebServer(string root)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(root, "src", "Jixiao.Web", "bin", configuration, "net10.0", "Jixiao.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the web app first ({configuration}): {dll}");
        }

        _folder = Path.Combine(Path.GetTempPath(), "jixiao-bench-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Url);
        start.Environment["Jixiao__Db"] = Path.Combine(_folder, "bureau.db");
        start.Environment["Jixiao__Demo"] = "true";
        start.Environment["Jixiao__LoginAttemptsPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Error";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string Url => "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    public int ProcessId => _process.Id;

    /// <summary>Waits until /api/ping answers (the demo is seeded before the server listens).</summary>
    public async Task WaitUntilUp(HttpClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with {_process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Url + "/api/ping"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The web app did not answer /api/ping within 2 minutes.");
    }

    /// <summary>The server's peak resident memory (VmHWM) in MB, on Linux.</summary>
    public double PeakMegabytes()
    {
        var status = $"/proc/{ProcessId.ToString(CultureInfo.InvariantCulture)}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
