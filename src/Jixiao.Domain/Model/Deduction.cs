namespace Jixiao.Domain.Model;

/// <summary>Points taken off a deduction-style indicator, with the reason.</summary>
public sealed record Deduction
{
    public decimal Points { get; init; }

    public string Reason { get; init; } = "";
}
