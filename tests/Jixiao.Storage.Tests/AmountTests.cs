using Jixiao.Storage.Reading;
using Jixiao.Storage.Saving;
using Jixiao.Storage.Tests.Databases;

namespace Jixiao.Storage.Tests;

/// <summary>Amounts stay exact, and SQL sums, sorts and filters them as decimal arithmetic would, on every provider.</summary>
public abstract class AmountTests(IDatabases databases) : StoreTestBase(databases)
{
    // Each value is chosen to break a naive store: text sorts 9.5 after 10, binary floating point loses 0.1 + 0.2,
    // and the largest amounts need every digit of the scaled integer.
    private static readonly decimal[] s_actuals = [0.1m, 0.2m, 9.5m, 10m, 100.00000001m, 1863.95787m, 2456.19m, 12371.0452m, 99999999.99999999m, 0m];

    [Fact]
    public void Sum_OfStoredAmounts_IsExactInSql()
    {
        var store = Store();
        using var db = store.NewDb();

        var sum = db.Revisions.Sum(r => r.Actual);

        Assert.Equal(s_actuals.Sum(), Units.FromUnits(sum));
    }

    [Fact]
    public void OrderBy_StoredAmounts_SortsAsNumbersInSql()
    {
        var store = Store();
        using var db = store.NewDb();

        var sorted = db.Revisions.OrderBy(r => r.Actual).Select(r => r.Actual).ToList();

        Assert.Equal(s_actuals.Order(), sorted.Select(Units.FromUnits).Select(v => v!.Value));
    }

    [Fact]
    public void Where_OnStoredAmounts_FiltersExactlyInSql()
    {
        var store = Store();
        using var db = store.NewDb();
        var limit = Units.ToUnits(100m);

        var above = db.Revisions.Where(r => r.Actual > limit).Count();

        Assert.Equal(s_actuals.Count(a => a > 100m), above);
    }

    [Fact]
    public void List_AmountsReadBack_AreTheSavedValues()
    {
        var store = Store();
        using var db = store.NewDb();

        var rows = Queries.List(db, 2024, null);

        Assert.Equal(s_actuals.Order(), rows.Select(r => r.Actual!.Value).Order());
        Assert.Contains(rows, row => row.Actual == 99999999.99999999m && row.Adjusted == 100000000m);
    }

    [Fact]
    public void Save_AmountBeyondTheStoredRange_IsRefusedNamingTheField()
    {
        var store = NewStore();

        var outcome = store.Save(Samples.Department("甲局", 2024, actual: 100_000_000_000m), new SaveRequest("张三", "录入"));

        Assert.Contains("budget.actual", Assert.IsType<SaveOutcome.Refused>(outcome).Problem, StringComparison.Ordinal);
    }

    private JixiaoStore Store()
    {
        var store = NewStore();
        for (var i = 0; i < s_actuals.Length; i++)
        {
            store.Save(Samples.Department($"单位{i:00}", 2024, adjusted: 100000000m, actual: s_actuals[i]), new SaveRequest("张三", "录入"));
        }

        return store;
    }
}

public sealed class SqliteAmountTests(SqliteDatabases databases) : AmountTests(databases), IClassFixture<SqliteDatabases>;

[Collection(PostgresGroup.Name)]
public sealed class PostgresAmountTests(PostgresServer server) : AmountTests(server);
