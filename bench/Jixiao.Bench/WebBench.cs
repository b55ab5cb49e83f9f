using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// `web`: many concurrent clients on 127.0.0.1 reading one scored evaluation through the API (GET /api/evaluations/{id},
/// signed in as a 复核人) against the same server's trivial endpoint (GET /api/ping: no authentication, no database), in
/// alternating phases of the same run; then a few clients uploading seed reports (read and reviewed, not saved).
/// --count is the number of concurrent readers.
/// </summary>
internal static partial class WebBench
{
    public const int DefaultCount = 32;
    private const int Uploaders = 4;
    private static readonly TimeSpan s_phase = TimeSpan.FromSeconds(5);

    public static int Run(BenchOptions options, TextWriter output, TextWriter error)
    {
        if (RepoFiles.FindRoot() is not { } root)
        {
            error.WriteLine("web: run from inside the repository");
            return BenchCli.BadUsage;
        }

        return RunAsync(root, options, output).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string root, BenchOptions options, TextWriter output)
    {
        using var server = new WebServer(root);
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = options.Count + Uploaders };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromMinutes(2) };
        await server.WaitUntilUp(client);
        await SignIn(client, "fuhe");
        var list = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync(new Uri("/api/evaluations?year=2024", UriKind.Relative)));
        var id = list.EnumerateArray().First().GetProperty("id").GetInt64();
        var size = (await client.GetByteArrayAsync(new Uri($"/api/evaluations/{id}", UriKind.Relative))).Length;
        output.WriteLine(Invariant($"web: {options.Count} clients on 127.0.0.1, {options.Rounds} rounds of {s_phase.TotalSeconds:0} s per endpoint (alternating), {options.Warmup} warm-up; {Environment.ProcessorCount} cores; scored evaluation {size / 1024.0:0.0} KB"));
        var trivial = new Uri("/api/ping", UriKind.Relative);
        var read = new Uri($"/api/evaluations/{id}", UriKind.Relative);
        for (var i = 0; i < options.Warmup; i++)
        {
            await Phase(client, trivial, options.Count, TimeSpan.FromSeconds(2));
            await Phase(client, read, options.Count, TimeSpan.FromSeconds(2));
        }

        var (trivialRuns, readRuns) = (new List<PhaseResult>(), new List<PhaseResult>());
        for (var round = 0; round < options.Rounds; round++)
        {
            // Alternating which goes first cancels a drift of the machine's load between the two.
            if (round % 2 == 0)
            {
                trivialRuns.Add(await Phase(client, trivial, options.Count, s_phase));
                readRuns.Add(await Phase(client, read, options.Count, s_phase));
            }
            else
            {
                readRuns.Add(await Phase(client, read, options.Count, s_phase));
                trivialRuns.Add(await Phase(client, trivial, options.Count, s_phase));
            }
        }

        output.WriteLine("endpoint                               requests/s (median; slowest–fastest round)  latency ms p50 / p95 / p99  errors");
        Report(output, "GET /api/ping (trivial)", trivialRuns);
        Report(output, "GET /api/evaluations/{id} (scored)", readRuns);
        var ratio = Median(readRuns.Select(r => r.PerSecond)) / Median(trivialRuns.Select(r => r.PerSecond));
        output.WriteLine(Invariant($"ratio scored read / trivial: {ratio:0.00} (target ≥ 0.50)"));

        using var uploader = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }, disposeHandler: true) { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromMinutes(2) };
        var token = await SignIn(uploader, "tb-sifa");
        var drafts = JsonSerializer.Deserialize<JsonElement>(await uploader.GetStringAsync(new Uri("/api/evaluations?state=%E8%8D%89%E7%A8%BF", UriKind.Relative)));
        var draft = drafts.EnumerateArray().First().GetProperty("id").GetInt64();
        var seeds = Directory.EnumerateFiles(Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds")), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var uploads = await Uploads(uploader, token, draft, seeds, s_phase);
        Report(output, Invariant($"POST …/uploads ({Uploaders} clients, {seeds.Count} seed reports)"), [uploads]);
        output.WriteLine(Invariant($"server peak resident memory: {server.PeakMegabytes():0} MB"));
        return BenchCli.Ok;
    }

    private static async Task<PhaseResult> Phase(HttpClient client, Uri uri, int clients, TimeSpan length)
    {
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var errors = 0;
            while (clock.Elapsed < length)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                errors += response.IsSuccessStatusCode ? 0 : 1;
            }

            return (latencies, errors);
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = results.SelectMany(r => r.latencies).ToList();
        return new PhaseResult(all.Count / elapsed, all, results.Sum(r => r.errors));
    }

    private static async Task<PhaseResult> Uploads(HttpClient client, string token, long draft, List<byte[]> seeds, TimeSpan length)
    {
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, Uploaders).Select(worker => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var errors = 0;
            for (var n = worker; clock.Elapsed < length; n += Uploaders)
            {
                using var content = new MultipartFormDataContent { { new ByteArrayContent(seeds[n % seeds.Count]), "file", $"seed-{n % seeds.Count}.txt" } };
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/evaluations/{draft}/uploads", UriKind.Relative)) { Content = content };
                request.Headers.Add("X-CSRF-TOKEN", token);
                var start = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                errors += response.StatusCode == HttpStatusCode.Created ? 0 : 1;
            }

            return (latencies, errors);
        })));
        var all = results.SelectMany(r => r.latencies).ToList();
        return new PhaseResult(all.Count / clock.Elapsed.TotalSeconds, all, results.Sum(r => r.errors));
    }

    /// <summary>Signs in through the login page and returns an antiforgery token for the API.</summary>
    private static async Task<string> SignIn(HttpClient client, string login)
    {
        var page = await client.GetStringAsync(new Uri("/Login", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = login,
            ["Password"] = "Jixiao#2025",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value),
        });
        using var response = await client.PostAsync(new Uri("/Login", UriKind.Relative), form);
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        return WebUtility.HtmlDecode(TokenField().Match(home).Groups[1].Value);
    }

    private static void Report(TextWriter output, string name, List<PhaseResult> runs)
    {
        var latencies = runs.SelectMany(r => r.Latencies).Order().ToList();
        output.WriteLine(Invariant($"{name,-38} {Median(runs.Select(r => r.PerSecond)),8:0} ({runs.Min(r => r.PerSecond):0}–{runs.Max(r => r.PerSecond):0}){"",20} {Percentile(latencies, 0.5),6:0.0} / {Percentile(latencies, 0.95),6:0.0} / {Percentile(latencies, 0.99),6:0.0}  {runs.Sum(r => r.Errors)}"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private sealed record PhaseResult(double PerSecond, List<double> Latencies, int Errors);
}
