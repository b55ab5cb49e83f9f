namespace Jixiao.Render.Scores;

/// <summary>What a row of the 评分表 is.</summary>
public enum ScoreRowKind
{
    /// <summary>A scored leaf (末级指标).</summary>
    Leaf,

    /// <summary>The 小计 of a second-level heading with more than one leaf.</summary>
    Subtotal,

    /// <summary>A first-level part's 合计.</summary>
    Part,

    /// <summary>The 总分 with the grade.</summary>
    Total,
}
