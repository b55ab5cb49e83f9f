using Jixiao.Storage.Reading;

namespace Jixiao.Storage.Reports;

/// <summary>`db summary`: the year's summary (<see cref="YearSummary"/>) as a sheet named 汇总表.</summary>
internal static class SummarySheet
{
    public static readonly string[] Headers =
    [
        "排名", "部门", "代码", "状态", "版本", "年初预算数(万元)", "全年预算数(万元)", "执行数(万元)", "预算执行率(%)", "自评得分", "等级",
        "错误", "警告", "提示", "上年得分", "得分变化", "上年执行率(%)", "执行率变化",
    ];

    public static Sheet Of(IReadOnlyList<SummaryRow> rows, int year) => new("汇总表", Headers, [.. rows.Select(row => new object?[]
    {
        row.Rank, row.Department, row.Code, row.Status, row.Revision, row.Initial, row.Adjusted, row.Actual, row.ExecutionRate, row.Score, row.Grade,
        row.Errors, row.Warnings, row.Notes, row.PreviousScore, row.ScoreChange, row.PreviousExecutionRate, row.ExecutionRateChange,
    })])
    {
        Notes =
        [
            $"{year} 年部门整体支出自评 {rows.Count} 份，按自评得分排名（同分同名次，无得分者不排名）；「上年」为 {year - 1} 年的最新版本。",
            "金额单位：万元；执行率为报告所列，未列时按执行数 ÷ 全年预算数计算。",
        ],
    };
}
