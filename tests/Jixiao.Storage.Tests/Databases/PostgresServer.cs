using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Jixiao.Storage.Tests.Databases;

/// <summary>
/// A throwaway PostgreSQL server for the run (docs/storage.md, ecosystem.md): initdb into a temporary folder, listening
/// on 127.0.0.1 at a free port, run as the postgres user when the tests run as root (initdb refuses root). Each test gets
/// a database copied from a migrated template. Stopped and removed with the fixture. Not installed: the tests fail,
/// saying how to install it (scripts/system-packages.sh).
/// </summary>
public sealed class PostgresServer : IDatabases, IDisposable
{
    private const string Template = "jixiao_template";

    private readonly string _folder;
    private readonly string _bin;
    private readonly int _port;
    private int _databases;

    public PostgresServer()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): run `bash scripts/system-packages.sh` as root.");
        var asPostgres = Environment.UserName == "root";
        // The postgres user must reach the folder: under root, TMPDIR may be root's own (mode 700), /tmp never is.
        _folder = Path.Combine(asPostgres ? "/tmp" : Path.GetTempPath(), "jixiao-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _port = FreePort();
        if (asPostgres)
        {
            Run("chown", "postgres:postgres", _folder);
        }

        RunPg(asPostgres, "initdb", "-D", Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        RunPg(asPostgres, "pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "log"), "-w", "-o",
            $"-c listen_addresses=127.0.0.1 -p {_port.ToString(CultureInfo.InvariantCulture)} -k {_folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start");
        AsPostgres = asPostgres;
        Execute("postgres", $"CREATE DATABASE {Template}");
        JixiaoStore.Open(Location(Template));
        NpgsqlConnection.ClearAllPools();
    }

    private bool AsPostgres { get; }

    private string Data => Path.Combine(_folder, "data");

    public StoreLocation NewDatabase()
    {
        var name = "t" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        Execute("postgres", $"CREATE DATABASE {name} TEMPLATE {Template}");
        return Location(name);
    }

    public StoreLocation Location(string database) =>
        StoreLocation.Resolve($"Host=127.0.0.1;Port={_port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Include Error Detail=true");

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            RunPg(AsPostgres, "pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Execute(string database, string sql)
    {
        using var connection = new NpgsqlConnection(Location(database).ConnectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private void RunPg(bool asPostgres, string tool, params string[] args)
    {
        var path = Path.Combine(_bin, tool);
        if (asPostgres)
        {
            // runuser lives in /usr/sbin, which a root shell has on its PATH and a service's environment may not.
            Run(File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {error} {output.Result}");
        }
    }

    private static string? FindBinaries()
    {
        var root = new DirectoryInfo("/usr/lib/postgresql");
        return root.Exists
            ? root.EnumerateDirectories().Select(version => Path.Combine(version.FullName, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
