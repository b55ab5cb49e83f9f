namespace Jixiao.Domain.Model;

/// <summary>A key indicator (关键指标) with its expected and actual values as printed ("98.70%", "3057人次").</summary>
public sealed record KeyIndicator
{
    public string Name { get; init; } = "";

    public string? Target { get; init; }

    public string? Actual { get; init; }
}
