namespace Jixiao.Domain.Model;

/// <summary>A key project (重点项目) evaluated with the department: amounts 万元, rate percent, score points.</summary>
public sealed record KeyProject
{
    public string Name { get; init; } = "";

    public decimal? Budget { get; init; }

    public decimal? Actual { get; init; }

    public decimal? ExecutionRate { get; init; }

    public decimal? Score { get; init; }

    public Grade? Grade { get; init; }
}
