namespace Jixiao.Web.Data;

/// <summary>
/// An uploaded document waiting on its extraction review page: the file and what was read from it. Kept in the database,
/// not in the process, so that the review page may be served by another instance. Deleted when saved.
/// </summary>
internal sealed class Upload
{
    public Upload(long evaluationId, string userId, string fileName, byte[] content, string json, long at)
    {
        EvaluationId = evaluationId;
        UserId = userId;
        FileName = fileName;
        Content = content;
        Json = json;
        At = at;
    }

    public long Id { get; private set; }

    public long EvaluationId { get; private set; }

    public string UserId { get; private set; }

    public string FileName { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>The extracted evaluation as interchange JSON, with its provenance.</summary>
    public string Json { get; private set; }

    public long At { get; private set; }
}
