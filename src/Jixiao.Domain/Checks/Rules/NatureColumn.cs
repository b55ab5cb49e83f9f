using Jixiao.Domain.Model;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>
/// A column of the budget by nature (年初预算数, 全年预算数 or 执行数) as JX-A002 and JX-A003 read it: each nature's
/// amount in the column and the budget's total beside it. The actuals are also the budget's own fields
/// (budget.basic …), which come first and keep their field paths and wording.
/// </summary>
internal sealed class NatureColumn
{
    private readonly string _key;
    private readonly Func<NatureLine, decimal?> _line;
    private readonly Func<Budget, decimal?> _total;
    private readonly bool _isActual;

    private NatureColumn(string key, string name, Func<NatureLine, decimal?> line, Func<Budget, decimal?> total)
    {
        (_key, Name, _line, _total, _isActual) = (key, name, line, total, key == "actual");
    }

    public static IReadOnlyList<NatureColumn> All { get; } =
    [
        new("initial", "年初预算数", line => line.Initial, budget => budget.Initial),
        new("adjusted", "全年预算数", line => line.Adjusted, budget => budget.Adjusted),
        new("actual", "执行数", line => line.Actual, budget => budget.Actual),
    ];

    /// <summary>年初预算数, 全年预算数 or 执行数.</summary>
    public string Name { get; }

    /// <summary>A nature's amount in this column: for the actuals, the budget's own field first, else the line's.</summary>
    public decimal? Of(Budget budget, string nature) =>
        (_isActual ? Flat(budget, nature).Value : null) ?? (budget.Nature(nature) is { } line ? _line(line) : null);

    /// <summary>The budget's total in this column (budget.initial, budget.adjusted, budget.actual).</summary>
    public decimal? Total(Budget budget) => _total(budget);

    /// <summary>Where a finding on <paramref name="nature"/> points: the budget's own field for an actual given there, else the line's cell.</summary>
    public string Field(Budget budget, string nature)
    {
        if (_isActual && Flat(budget, nature) is { Value: not null } flat)
        {
            return flat.Field;
        }

        var index = budget.ByNature.Select(line => line.Name).ToList().IndexOf(nature);
        return $"budget.byNature[{index}].{_key}";
    }

    /// <summary>How a message names <paramref name="what"/> in this column: the actuals as ever (「基本支出」), others with the column (「基本支出的年初预算数」).</summary>
    public string Say(string what) => _isActual ? what : $"{what}的{Name}";

    private static (decimal? Value, string Field) Flat(Budget budget, string nature) => nature switch
    {
        NatureLine.Basic => (budget.Basic, "budget.basic"),
        NatureLine.Personnel => (budget.Personnel, "budget.personnel"),
        NatureLine.PublicFunds => (budget.PublicFunds, "budget.publicFunds"),
        NatureLine.Project => (budget.Project, "budget.project"),
        _ => (null, ""),
    };
}
