namespace Jixiao.Domain.Model;

/// <summary>
/// One self-evaluation (自评) as the interchange JSON carries it: what the document printed,
/// plus <see cref="Computed"/> for what Jixiao computed, so the two can be compared.
/// Everything a document may omit is nullable: absent is not zero. Amounts are 万元.
/// </summary>
public sealed record Evaluation
{
    public EvaluationKind Kind { get; init; } = EvaluationKind.Department;

    /// <summary>Id of the framework (指标体系) the evaluation is scored by.</summary>
    public string? Framework { get; init; }

    /// <summary>The unit that evaluates; for a project, the 实施单位.</summary>
    public string? Department { get; init; }

    public ProjectInfo? Project { get; init; }

    /// <summary>被评价年度.</summary>
    public int? Year { get; init; }

    /// <summary>Report date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The unit the source printed (万元, 元 or 亿元); amounts are stored in 万元 regardless.</summary>
    public string? Unit { get; init; }

    public Staff? Staff { get; init; }

    public Budget? Budget { get; init; }

    public IReadOnlyList<string> Goals { get; init; } = [];

    public IReadOnlyList<KeyTask> Tasks { get; init; } = [];

    public IReadOnlyList<KeyIndicator> KeyIndicators { get; init; } = [];

    /// <summary>The scored indicator tree, as leaves with their paths.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public Score? Score { get; init; }

    public IReadOnlyList<KeyProject> KeyProjects { get; init; } = [];

    /// <summary>主要工作成效.</summary>
    public IReadOnlyList<string> Achievements { get; init; } = [];

    /// <summary>存在的主要问题.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>下一步改进措施.</summary>
    public IReadOnlyList<string> Improvements { get; init; } = [];

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public Computed? Computed { get; init; }

    /// <summary>Where each extracted value came from, keyed by field path ("budget.actual"); absent unless asked for.</summary>
    public IReadOnlyDictionary<string, Source>? Provenance { get; init; }
}
