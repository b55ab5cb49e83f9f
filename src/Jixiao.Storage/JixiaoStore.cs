using Jixiao.Domain.Model;
using Jixiao.Storage.Saving;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Storage;

/// <summary>
/// An open database: makes a <see cref="JixiaoDb"/> per unit of work and runs saves in transactions. Nothing here
/// is shared between processes but the database itself: concurrent saves from other processes or machines are
/// caught by the database (the revision number as concurrency token, unique keys), never by a lock in memory.
/// </summary>
internal sealed class JixiaoStore
{
    /// <summary>How often a save is retried when another process created the same department, evaluation or file at the same moment.</summary>
    private const int Attempts = 4;

    private readonly DbContextOptions _options;

    private JixiaoStore(StoreLocation location, TimeProvider clock)
    {
        Location = location;
        Clock = clock;
        _options = location.Provider == StoreProvider.Sqlite
            ? new DbContextOptionsBuilder<SqliteJixiaoDb>().UseSqlite(location.ConnectionString).Options
            : new DbContextOptionsBuilder<PostgresJixiaoDb>().UseNpgsql(location.ConnectionString).Options;
    }

    public StoreLocation Location { get; }

    public TimeProvider Clock { get; }

    /// <summary>Opens the database, creating it (a SQLite file and its folder) and applying the migrations it lacks.</summary>
    public static JixiaoStore Open(StoreLocation location, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.SqlitePath is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        var store = new JixiaoStore(location, clock ?? TimeProvider.System);
        using var db = store.NewDb();
        db.Database.Migrate();
        if (location.Provider == StoreProvider.Sqlite)
        {
            // Readers go on while one process writes; a commit is durable without a sync per page.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }

        return store;
    }

    public JixiaoDb NewDb()
    {
        var db = Location.Provider == StoreProvider.Sqlite
            ? (JixiaoDb)new SqliteJixiaoDb((DbContextOptions<SqliteJixiaoDb>)_options)
            : new PostgresJixiaoDb((DbContextOptions<PostgresJixiaoDb>)_options);
        return db;
    }

    public long Now => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Saves one evaluation in its own transaction.</summary>
    public SaveOutcome Save(Evaluation evaluation, SaveRequest request) => SaveMany([(evaluation, request)])[0];

    /// <summary>
    /// Saves several evaluations in one transaction (an import's batch): all or none are stored. When the batch
    /// fails because another process saved the same evaluation meanwhile, each is saved again on its own.
    /// </summary>
    public IReadOnlyList<SaveOutcome> SaveMany(IReadOnlyList<(Evaluation Evaluation, SaveRequest Request)> saves)
    {
        ArgumentNullException.ThrowIfNull(saves);
        if (saves.Count > 1 && TrySave(saves) is { } together)
        {
            return together;
        }

        return [.. saves.Select(save => SaveAlone(save.Evaluation, save.Request))];
    }

    private SaveOutcome SaveAlone(Evaluation evaluation, SaveRequest request)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (TrySave([(evaluation, request)]) is { } outcome)
            {
                return outcome[0];
            }

            if (request.BasedOn is { } basedOn && ConflictAfterRace(evaluation, basedOn) is { } conflict)
            {
                return conflict;
            }

            if (attempt == Attempts)
            {
                throw new InvalidOperationException($"Could not save after {Attempts} attempts: other saves kept getting there first.");
            }
        }
    }

    /// <summary>The outcomes, or null when the database refused the transaction because another save came first (rolled back).</summary>
    private SaveOutcome[]? TrySave(IReadOnlyList<(Evaluation Evaluation, SaveRequest Request)> saves)
    {
        using var db = NewDb();
        using var transaction = db.Database.BeginTransaction();
        try
        {
            var now = Now;
            var outcomes = Revisions.Save(db, saves, now);
            if (outcomes.Any(outcome => outcome is SaveOutcome.Conflict) && saves.Count > 1)
            {
                // A batch is all or nothing: its conflicts are reported one by one.
                transaction.Rollback();
                return null;
            }

            if (outcomes.All(outcome => outcome is not SaveOutcome.Saved))
            {
                transaction.Rollback();
                return outcomes;
            }

            transaction.Commit();
            return outcomes;
        }
        catch (Exception e) when (IsRace(e))
        {
            transaction.Rollback();
            return null;
        }
    }

    /// <summary>The conflict a lost race made, or null when the race was over something else (a new department) and the save can be tried again.</summary>
    private SaveOutcome.Conflict? ConflictAfterRace(Evaluation evaluation, int basedOn)
    {
        using var db = NewDb();
        var key = Figures.KeyOf(evaluation).Key!;
        var stored = (from e in db.Evaluations
                      join d in db.Departments on e.DepartmentId equals d.Id
                      where d.Name == key.Department && e.Year == key.Year && e.Kind == key.Kind && e.Project == key.Project
                      select e).SingleOrDefault();
        return stored is not null && stored.CurrentRevision != basedOn
            ? Revisions.ConflictWith(db, stored, key, basedOn, Domain.Interchange.InterchangeJson.Write(evaluation))
            : null;
    }

    /// <summary>Another transaction moved the revision on, or inserted the same unique key first.</summary>
    private static bool IsRace(Exception exception) => exception is DbUpdateConcurrencyException || (exception is DbUpdateException ? exception.InnerException : exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 19 or 5, // SQLITE_CONSTRAINT (a unique key), SQLITE_BUSY (a stale snapshot)
        Npgsql.PostgresException postgres => postgres.SqlState is "23505" or "40001" or "40P01", // unique_violation, serialization_failure, deadlock_detected
        _ => false,
    };
}
