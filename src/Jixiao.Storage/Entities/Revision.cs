namespace Jixiao.Storage.Entities;

/// <summary>
/// One saved state of an evaluation, never changed once written: the whole interchange JSON (provenance included)
/// with who saved it, when and why, the original file it came from, and the figures the bureau queries copied
/// into columns. Amounts, rates and scores are scaled integers (<see cref="Units"/>), so SQL compares and sums
/// them exactly on every provider.
/// </summary>
internal sealed class Revision
{
    public Revision(long evaluationId, int number, string author, long at, string reason, long? fileId, string json, RevisionFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        (Initial, Adjusted, Actual, ExecutionRate, AdjustmentRate) = (figures.Initial, figures.Adjusted, figures.Actual, figures.ExecutionRate, figures.AdjustmentRate);
        (Score, ComputedScore, Grade, Errors, Warnings, Notes) = (figures.Score, figures.ComputedScore, figures.Grade, figures.Errors, figures.Warnings, figures.Notes);
        EvaluationId = evaluationId;
        Number = number;
        Author = author;
        At = at;
        Reason = reason;
        FileId = fileId;
        Json = json;
    }

    /// <summary>For EF Core, which sets every column itself.</summary>
    private Revision()
    {
        Author = Reason = Json = "";
    }

    public long Id { get; private set; }

    public long EvaluationId { get; private set; }

    /// <summary>1, 2, 3 … per evaluation, with no gap.</summary>
    public int Number { get; private set; }

    public string Author { get; private set; }

    /// <summary>Milliseconds since 1970-01-01 UTC.</summary>
    public long At { get; private set; }

    public string Reason { get; private set; }

    public long? FileId { get; private set; }

    /// <summary>The evaluation as interchange JSON (docs/interchange.md), exactly as saved.</summary>
    public string Json { get; private set; }

    public long? Initial { get; private set; }

    public long? Adjusted { get; private set; }

    public long? Actual { get; private set; }

    /// <summary>The printed execution rate, else actual ÷ adjusted (percent).</summary>
    public long? ExecutionRate { get; private set; }

    /// <summary>The printed adjustment rate, else |adjusted − initial| ÷ initial (percent).</summary>
    public long? AdjustmentRate { get; private set; }

    /// <summary>The printed total score (自评得分).</summary>
    public long? Score { get; private set; }

    /// <summary>The total Jixiao computed by the framework, when it was scored.</summary>
    public long? ComputedScore { get; private set; }

    /// <summary>优 / 良 / 中 / 差, printed, else computed.</summary>
    public string? Grade { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Notes { get; private set; }
}
