namespace Jixiao.Storage.Analyses;

/// <summary>Every analysis `jixiao db analyse` knows, in the order `--help` lists them (docs/storage.md says what each finds and why).</summary>
internal static class AnalysisCatalog
{
    public static IReadOnlyList<Analysis> All { get; } =
    [
        new("distribution", "得分与执行率分布", "各得分等级、各执行率区间的自评份数和占比", Distribution.Run),
        new("unsupported", "高分而问题多", $"自评得分不低于 {Unsupported.HighScore} 分，而复核有错误、或错误与警告合计不少于 {Unsupported.ManyFindings} 条的部门", Unsupported.Run),
        new("full-marks", "连年满分", "截至该年、已入库的每一年都自评满分（100 分）且至少两年的部门", FullMarks.Run),
        new("targets", "指标目标与实际", $"同一指标近 {Targets.Years} 年的目标值和实际值：目标值连续三年以上未变，或实际值超出目标 {Targets.FarAbove}% 以上", Targets.Run),
        new("outliers", "执行率和调整率异常", "预算执行率、预算调整率落在四分位距 1.5 倍之外的部门", Outliers.Run),
        new("missing", "应报未报", "部门清单中应报、而该年没有部门整体支出自评的部门（清单用 jixiao db departments 导入）", Missing.Run),
        new("rectification", "整改跟踪", "上年的问题和改进措施与本年的问题并列，标出本年重复出现的上年问题", Rectification.Run),
    ];

    public static Analysis? Find(string name) => All.FirstOrDefault(analysis => analysis.Name == name);
}
