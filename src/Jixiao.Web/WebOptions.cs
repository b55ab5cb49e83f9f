using Jixiao.Import.Workers;

namespace Jixiao.Web;

/// <summary>The "Jixiao" section of the configuration (appsettings.json, environment variables Jixiao__Db …, or --Jixiao:Db=…).</summary>
internal sealed class WebOptions
{
    /// <summary>The database as `jixiao --db` takes it; empty: jixiao-web.db in the user's data directory (not the CLI's database).</summary>
    public string Db { get; set; } = "";

    /// <summary>Seed the demo bureau into an empty database; null: only for the default database.</summary>
    public bool? Demo { get; set; }

    /// <summary>Login attempts one client address may make a minute, successful or not.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    public int MaxUploadMegabytes { get; set; } = 32;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024;

    /// <summary>The stack an uploaded document is read on, in its worker process, in KB.</summary>
    public int ReadingStackKilobytes { get; set; } = WorkerStart.DefaultStackBytes / 1024;
}
