namespace Jixiao.Domain.Model;

/// <summary>
/// The department's budget and spending. Amounts are 万元 with the printed scale kept;
/// rates and shares are percentages as printed (99.49 means 99.49%).
/// </summary>
public sealed record Budget
{
    /// <summary>年初预算.</summary>
    public decimal? Initial { get; init; }

    /// <summary>年度预算调整数, as printed: reports print its magnitude.</summary>
    public decimal? Adjustment { get; init; }

    /// <summary>全年预算数 / 调整后预算.</summary>
    public decimal? Adjusted { get; init; }

    /// <summary>执行数 / 决算数 / 实际支出.</summary>
    public decimal? Actual { get; init; }

    /// <summary>预算执行率 (完成率, 支出率), percent.</summary>
    public decimal? ExecutionRate { get; init; }

    /// <summary>预算调整率, percent.</summary>
    public decimal? AdjustmentRate { get; init; }

    /// <summary>基本支出 (actual) = 人员经费 + 公用经费.</summary>
    public decimal? Basic { get; init; }

    /// <summary>人员经费 (actual).</summary>
    public decimal? Personnel { get; init; }

    /// <summary>公用经费 (actual).</summary>
    public decimal? PublicFunds { get; init; }

    /// <summary>项目支出 (actual).</summary>
    public decimal? Project { get; init; }

    /// <summary>基本支出占比, percent of actual spending.</summary>
    public decimal? BasicShare { get; init; }

    /// <summary>项目支出占比, percent of actual spending.</summary>
    public decimal? ProjectShare { get; init; }

    /// <summary>结转和结余.</summary>
    public decimal? Carryover { get; init; }

    /// <summary>Actual spending by funding source (一般公共预算, 政府性基金预算, 国有资本经营预算, 其他资金).</summary>
    public IReadOnlyDictionary<string, decimal> BySource { get; init; } = new Dictionary<string, decimal>();

    /// <summary>By function class (一般公共服务, 公共安全 …).</summary>
    public IReadOnlyList<FunctionLine> ByFunction { get; init; } = [];

    /// <summary>
    /// By nature (基本支出, 人员经费, 公用经费, 项目支出) with the initial, adjusted and actual columns where printed.
    /// <see cref="Basic"/>, <see cref="Personnel"/>, <see cref="PublicFunds"/> and <see cref="Project"/> stay the actuals.
    /// </summary>
    public IReadOnlyList<NatureLine> ByNature { get; init; } = [];

    /// <summary>The line of <see cref="ByNature"/> named <paramref name="name"/> (one of <see cref="NatureLine.Names"/>), if listed.</summary>
    public NatureLine? Nature(string name) => ByNature.FirstOrDefault(line => line.Name == name);
}
