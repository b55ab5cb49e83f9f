namespace Jixiao.Domain.Model;

/// <summary>A key task (重点工作任务) with its funds (万元) and key indicators.</summary>
public sealed record KeyTask
{
    public string Name { get; init; } = "";

    /// <summary>主要实施内容.</summary>
    public string? Content { get; init; }

    /// <summary>预期目标.</summary>
    public string? Target { get; init; }

    /// <summary>目标完成情况.</summary>
    public string? Completion { get; init; }

    /// <summary>任务涉及资金, 万元.</summary>
    public decimal? Funds { get; init; }

    public IReadOnlyList<KeyIndicator> Indicators { get; init; } = [];
}
