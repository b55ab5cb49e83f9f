namespace Jixiao.Render.Layout;

/// <summary>How a cell's value is shown: text as is, or a number with its printed scale kept (at least two decimals in a workbook).</summary>
internal enum ValueFormat
{
    Text,

    /// <summary>An amount in 万元: <c>0.00</c>, more decimals when the value has them (1669.0157).</summary>
    Amount,

    /// <summary>A percentage stored as percent (99.99 means 99.99%): <c>0.00%</c> in a workbook.</summary>
    Percent,

    /// <summary>Points (分值, 得分): <c>0.00</c>.</summary>
    Points,

    /// <summary>A count or a year: <c>0</c>.</summary>
    Integer,
}
