namespace Jixiao.Web.Data;

/// <summary>A bureau setting the 管理员 uploads: a framework file (key framework:ID) or the review rules (key rules).</summary>
internal sealed class StoredSetting
{
    public StoredSetting(string key, string json, string author, long at)
    {
        Key = key;
        Json = json;
        Author = author;
        At = at;
    }

    public string Key { get; private set; }

    public string Json { get; private set; }

    public string Author { get; private set; }

    public long At { get; private set; }

    public void Replace(string json, string author, long at) => (Json, Author, At) = (json, author, at);
}
