namespace Jixiao.Domain.Model;

/// <summary>
/// One line of the budget by nature of spending (支出性质), 万元: 基本支出 (= 人员经费 + 公用经费) or 项目支出,
/// each with the columns a department's tables print.
/// </summary>
public sealed record NatureLine
{
    public const string Basic = "基本支出";

    public const string Personnel = "人员经费";

    public const string PublicFunds = "公用经费";

    public const string Project = "项目支出";

    /// <summary>The four names a line may have, in the order tables print them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Basic, Personnel, PublicFunds, Project];

    /// <summary>One of <see cref="Names"/>.</summary>
    public string Name { get; init; } = "";

    /// <summary>年初预算.</summary>
    public decimal? Initial { get; init; }

    /// <summary>全年预算数 / 调整后预算.</summary>
    public decimal? Adjusted { get; init; }

    /// <summary>执行数 / 决算数; the same value as <see cref="Budget.Basic"/>, <see cref="Budget.Project"/> … where both are given.</summary>
    public decimal? Actual { get; init; }
}
