namespace Jixiao.Domain.Scoring;

/// <summary>The budget's execution rate in percent, and where it came from, for a leaf that prints none.</summary>
public readonly record struct BudgetRate(decimal Rate, string Source);
