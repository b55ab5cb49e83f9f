namespace Jixiao.Storage;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}
